using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice;

/// <summary>The multi-URL picker, the Markdown preview and the forms picker on the edit screen.</summary>
public sealed class LinkAndTextEditorTests
{
    [Fact]
    public async Task A_web_link_is_added_a_bad_url_is_refused_inline_and_a_page_is_linked_by_title()
    {
        var (site, database) = await SiteFactory.CreateAsync(Cms.Persistence.DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        await AddLinksPropertyAsync(site);
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var xueni = await PickerScreens.StopKeyAsync(editor, "Xueni");
        var eventKey = await PickerScreens.FirstKeyOfTypeAsync(site, "event");
        var path = $"/umbraco/content/{eventKey}?culture=en";

        using var refused = await BackofficeForm.Read(await editor.GetStringAsync(path))
            .Set("v.usefulLinks.new.url", "javascript:alert(1)").Set("v.usefulLinks.new.name", "Bad").PostAsync(editor);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<p class=\"field-error\" id=\"e-usefulLinks\">Link 1: enter a web address starting with https://", refusedPage);
        Assert.Null(await LinksAsync(site, eventKey));

        using var saved = await BackofficeForm.Read(await editor.GetStringAsync(path))
            .Set("v.usefulLinks.new.url", "https://www.example.org/chayu-map").Set("v.usefulLinks.new.name", "Chayu map").Set("v.usefulLinks.new.blank", "1")
            .PostAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var picker = await PickerScreens.OpenAsync(editor, await editor.GetStringAsync(path), "usefulLinks", "Xueni");
        var back = await PickerScreens.ChooseAsync(editor, picker, xueni);

        Assert.Contains("value=\"https://www.example.org/chayu-map\"", back);
        Assert.Contains("Link to a page of this site", back);
        var links = (await LinksAsync(site, eventKey))!;
        Assert.Equal("https://www.example.org/chayu-map", links[0]!["url"]!.ToString());
        Assert.Equal("_blank", links[0]!["target"]!.ToString());
        Assert.Equal(PickerScreens.Udi(xueni), links[1]!["udi"]!.ToString());
        Assert.StartsWith("Xueni Village", links[1]!["name"]!.ToString());
    }

    [Fact]
    public async Task The_markdown_preview_is_rendered_by_the_sites_renderer_without_script_and_saves_nothing()
    {
        var (site, database) = await SiteFactory.CreateAsync(Cms.Persistence.DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var writer = await BackofficeClients.AsAsync(site, UserRoles.Writer);
        var path = await BackofficeClients.XueniAsync(writer);
        var before = await BodyAsync(site, PickerScreens.KeyOf(path));
        const string typed = "**Orchards** open in May.\n\n<script>alert('x')</script>\n\n[map](javascript:alert(1)) <img src=x onerror=alert(2)>";

        using var preview = await BackofficeForm.Read(await writer.GetStringAsync(path + "?culture=en")).Set("v.body", typed).PostAsync(writer, "preview:body");
        var page = await preview.Content.ReadAsStringAsync();
        var shown = page[page.IndexOf("class=\"md-preview\"", StringComparison.Ordinal)..];
        shown = shown[..shown.IndexOf("</section>", StringComparison.Ordinal)];

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("<strong>Orchards</strong>", shown);
        Assert.DoesNotContain("<script", page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)]);
        Assert.DoesNotContain("javascript:", shown);
        Assert.DoesNotContain("<img", shown); // raw HTML stays text: Markdown HTML is disabled, then sanitised
        Assert.Contains("&lt;script&gt;", page); // the text itself is kept in the text area, as typed
        Assert.Contains("value=\"write:body\"", page);
        Assert.Equal(before, await BodyAsync(site, PickerScreens.KeyOf(path)));
    }

    [Fact]
    public async Task A_form_is_picked_from_the_catalogue_and_an_unknown_one_is_refused()
    {
        var (site, database) = await SiteFactory.CreateAsync(Cms.Persistence.DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = site.Start();
        using var editor = await BackofficeClients.AsAsync(site, UserRoles.Editor);
        var eventKey = await PickerScreens.FirstKeyOfTypeAsync(site, "event");
        var path = $"/umbraco/content/{eventKey}?culture=en";
        var page = await editor.GetStringAsync(path);
        var forms = site.Services.GetRequiredService<Cms.PropertyEditors.IFormCatalog>().All();
        Assert.NotEmpty(forms);
        foreach (var form in forms)
        {
            Assert.Contains($"<option value=\"{form.Id:D}\"", page);
        }

        var chosen = forms[^1];
        using var unknown = await BackofficeForm.Read(page).Set("v.bookingForm", Guid.NewGuid().ToString()).PostAsync(editor);
        using var saved = await BackofficeForm.Read(page).Set("v.bookingForm", chosen.Id.ToString("D")).PostAsync(editor);
        var after = await editor.GetStringAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("id=\"e-bookingForm\">There is no form", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"<option value=\"{chosen.Id:D}\" selected=\"selected\">", after);
        await site.WithScopeAsync<DocumentQueries>(async queries =>
            Assert.Equal(chosen.Id.ToString("D"), (await queries.GetAsync(eventKey, CancellationToken.None))!.Draft.GetValue("bookingForm", null)!.ToString()));
    }

    // umbraco.config has no multi-URL picker yet: the test adds "useful links" to events as an editor of the schema would.
    private static async Task AddLinksPropertyAsync(SiteFactory site)
    {
        var schema = site.Services.GetRequiredService<SchemaRegistry>().Current;
        var links = new DataType(Guid.NewGuid(), "Links", "Links", PropertyEditorAliases.MultiUrlPicker, null, JObject.Parse("""{"maxNumber": 5}"""));
        var type = schema.FindContentType("event")!;
        var property = new PropertyType(Guid.NewGuid(), "usefulLinks", "Useful links", links.Key, links.EditorAlias, GroupAlias: "details", SortOrder: 99);
        var changed = new ContentSchema(schema.Languages, [.. schema.DataTypes, links],
            schema.ContentTypes.Select(t => t.Alias == type.Alias ? t with { Properties = [.. t.Properties, property] } : t).ToList());
        await site.WithScopeAsync<SchemaImporter>(async importer =>
            Assert.True((await importer.ImportAsync(changed, false, CancellationToken.None)).Succeeded));
    }

    private static async Task<JArray?> LinksAsync(SiteFactory site, Guid key)
    {
        JArray? links = null;
        await site.WithScopeAsync<DocumentQueries>(async queries =>
            links = (await queries.GetAsync(key, CancellationToken.None))!.Draft.GetValue("usefulLinks", null) as JArray);
        return links;
    }

    private static async Task<string?> BodyAsync(SiteFactory site, Guid key)
    {
        string? body = null;
        await site.WithScopeAsync<DocumentQueries>(async queries =>
            body = (await queries.GetAsync(key, CancellationToken.None))!.Draft.GetValue("body", "en")?.ToString());
        return body;
    }
}
