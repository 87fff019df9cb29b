using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Previews;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Web.Backoffice.Review;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;
using ZhuwaGen.Tourism.Web.Site.Preview;

namespace ZhuwaGen.Tourism.Web.Backoffice.Preview;

/// <summary>
/// Preview for people with an account: the item's draft in one culture, rendered by the site's own views; and the
/// shareable links (make, revoke) for someone without one. Any content role may preview and share — a writer shares
/// their draft with the township lead before submitting it.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Authorize(AuthenticationSchemes = BackOfficeSchemes.Cookie, Roles = BackofficeUser.ContentRoles)]
[AutoValidateAntiforgeryToken]
public sealed class PreviewController(DocumentQueries queries, SchemaRegistry schema, DraftPreview preview, PreviewLinks links) : Controller
{
    public static string PathOf(Guid key, string culture) => $"/umbraco/content/{key}/preview?culture={Uri.EscapeDataString(culture)}";

    [HttpGet("/umbraco/content/{key:guid}/preview")]
    public async Task<IActionResult> ShowAsync(Guid key, string? culture, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(key, cancellationToken) is not { Trashed: false } document)
        {
            return NotFound();
        }

        var shown = CultureOf(document, culture);
        return preview.Render(this, document, shown, ReviewText.Of(ShellContext.Text(HttpContext))["PreviewNote"]);
    }

    [HttpPost("/umbraco/content/{key:guid}/preview-links")]
    public async Task<IActionResult> CreateAsync(Guid key, [FromForm] string? culture, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(key, cancellationToken) is not { Trashed: false } document)
        {
            return NotFound();
        }

        var shown = CultureOf(document, culture);
        await links.CreateAsync(key, shown, CurrentUser.NameOf(User), User.Identity?.Name ?? string.Empty, cancellationToken);
        return Redirect(BackofficeRoutes.Edit(key, shown) + "&done=" + ReviewDone.PreviewLink + "#share-heading");
    }

    [HttpPost("/umbraco/content/{key:guid}/preview-links/{link:guid}/revoke")]
    public async Task<IActionResult> RevokeAsync(Guid key, Guid link, [FromForm] string? culture, CancellationToken cancellationToken)
    {
        if (!await links.RevokeAsync(key, link, CurrentUser.NameOf(User), cancellationToken))
        {
            return NotFound();
        }

        return Redirect(BackofficeRoutes.Edit(key, culture ?? schema.Current.DefaultCulture) + "&done=" + ReviewDone.Revoke);
    }

    private string CultureOf(DocumentView document, string? culture)
    {
        var current = schema.Current;
        var type = current.FindContentType(document.ContentTypeAlias);
        return type is { VariesByCulture: true } && current.Languages.FirstOrDefault(l => string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase)) is { } language
            ? language.IsoCode
            : current.DefaultCulture;
    }
}
