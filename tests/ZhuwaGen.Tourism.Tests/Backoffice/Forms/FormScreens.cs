using System.Net;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Tests.Forms;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Forms;

/// <summary>Paths and reads shared by the forms screens' tests.</summary>
public static partial class FormScreens
{
    public const string List = "/umbraco/forms";

    public static string Form(Guid form, string? culture = null) => culture is null ? $"{List}/{form:D}" : $"{List}/{form:D}?culture={culture}";

    public static string Field(Guid form, Guid field, string culture) => $"{List}/{form:D}/fields/{field:D}?culture={culture}";

    public static string NewField(Guid form, string type, string culture) => $"{List}/{form:D}/fields/new?type={type}&culture={culture}";

    /// <summary>The stored form and its revision, read through the service every write goes through.</summary>
    public static async Task<StoredForm> StoredAsync(FormsSite site, Guid form) =>
        (await site.WithScopeAsync<FormDefinitionService, StoredForm?>(service => service.GetAsync(form, CancellationToken.None)))!;

    public static FormField FieldOf(StoredForm stored, string alias) =>
        stored.Form.FieldByAlias(alias) ?? throw new Xunit.Sdk.XunitException($"no field {alias} in {stored.Form.Name}");

    /// <summary>A post that the screen answers with a redirect, and where to.</summary>
    public static async Task<string> RedirectOfAsync(Task<HttpResponseMessage> post)
    {
        using var response = await post;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>The text of the element with <paramref name="id"/> (up to its closing tag), to see what stands beside an input or on a card.</summary>
    public static string Element(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element #{id} in the page");
        var open = html.LastIndexOf('<', start);
        var tag = TagName().Match(html, open + 1).Value;
        var end = html.IndexOf($"</{tag}>", start, StringComparison.Ordinal);
        return WebUtility.HtmlDecode(html[open..end]);
    }

    [GeneratedRegex("[a-z]+")]
    private static partial Regex TagName();
}
