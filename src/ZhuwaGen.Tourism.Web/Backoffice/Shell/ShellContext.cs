using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using ZhuwaGen.Tourism.Web.Site;

namespace ZhuwaGen.Tourism.Web.Backoffice.Shell;

/// <summary>Per-request helpers of the shell: the interface strings and the antiforgery field of every form.</summary>
public static class ShellContext
{
    public static BackofficeText Text(HttpContext context) => new(UiLanguage.Of(context));

    /// <summary>
    /// The antiforgery field, written out rather than by the form tag helper so every back-office form carries
    /// exactly one, in the same shape as the sign-in page always has.
    /// </summary>
    public static IHtmlContent AntiforgeryField(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new HtmlString($"<input type=\"hidden\" name=\"{HtmlLayout.Encode(tokens.FormFieldName)}\" value=\"{HtmlLayout.Encode(tokens.RequestToken)}\">");
    }
}
