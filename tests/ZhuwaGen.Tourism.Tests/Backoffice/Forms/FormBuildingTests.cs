using System.Net;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Backoffice.Forms.FormScreens;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Forms;

/// <summary>
/// An editor builds a form on the forms screens, without the Management API: a new form, fields added with their
/// aliases made from the caption (pinyin or English), a caption per language, a field renamed, moved and removed,
/// and the form deleted once nothing uses it. The Forms API serves each change at once.
/// </summary>
public sealed class FormBuildingTests
{
    [Theory, BothProviders]
    public async Task An_editor_creates_a_form_and_adds_translates_renames_moves_and_removes_fields(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var editor = await BackofficeClients.AsAsync(site.Site, UserRoles.Editor);

        // A new form: one page, one fieldset, one column, no field yet.
        var list = await editor.GetStringAsync(List);
        Assert.Contains("Enquiry", list);
        using var nameless = await BackofficeForm.Read(list, "new-form").PostAsync(editor, intent: null);
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Contains("Give the form a name.", Element(await nameless.Content.ReadAsStringAsync(), "new-form-name-error"));
        var created = await RedirectOfAsync(BackofficeForm.Read(list, "new-form").Set("name", "Study tour sign-up").PostAsync(editor, intent: null));
        Assert.Matches($"^{List}/[0-9a-f-]{{36}}\\?done=created$", created);
        var id = Guid.Parse(created[(List.Length + 1)..(List.Length + 37)]);
        var fresh = await StoredAsync(site, id);
        Assert.Equal(("Study tour sign-up", 1, 1, 1, 0), (fresh.Form.Name, fresh.Form.Pages.Count, fresh.Form.Pages[0].Fieldsets.Count, fresh.Form.Pages[0].Fieldsets[0].Columns.Count, fresh.Form.Fields.Count()));
        Assert.Contains("Form created at", await editor.GetStringAsync(created));

        // A required number field captioned in Chinese: its alias is the pinyin; then a short answer captioned in English.
        var people = await RedirectOfAsync(BackofficeForm.Read(await editor.GetStringAsync(NewField(id, "number", "zh-Hans")), "field-edit")
            .Set("caption", "人数").Set("required", "true").Set("min", "1").Set("max", "40").PostAsync(editor, intent: null));
        Assert.Contains("done=added", people);
        await RedirectOfAsync(BackofficeForm.Read(await editor.GetStringAsync(NewField(id, "shortAnswer", "en")), "field-edit")
            .Set("caption", "School name").PostAsync(editor, intent: null));
        var stored = await StoredAsync(site, id);
        var renShu = FieldOf(stored, "renShu");
        Assert.Equal((FieldType.Number, true, 1m, 40m, "人数"), (renShu.Type, renShu.Required, renShu.Min, renShu.Max, renShu.Caption.ByCulture["zh-Hans"]));
        Assert.Equal(new[] { "renShu", "schoolName" }, stored.Form.Fields.Select(f => f.Alias));

        // The same field in English: its own caption, the Chinese one kept; each language's screen shows its own, and
        // Tibetan, not written yet, is marked missing.
        var english = await editor.GetStringAsync(Field(id, renShu.Id, "en"));
        Assert.Contains("class=\"missing\"", english[english.IndexOf("for=\"f-caption\"", StringComparison.Ordinal)..english.IndexOf("id=\"f-caption\"", StringComparison.Ordinal)]);
        await RedirectOfAsync(BackofficeForm.Read(english, "field-edit").Set("caption", "Number of people").PostAsync(editor, intent: null));
        renShu = FieldOf(await StoredAsync(site, id), "renShu");
        Assert.Equal(("人数", "Number of people"), (renShu.Caption.ByCulture["zh-Hans"], renShu.Caption.ByCulture["en"]));
        Assert.Contains(">Number of people</span>", await editor.GetStringAsync(Form(id, "en")));
        var chineseScreen = await editor.GetStringAsync(Form(id, "zh-Hans"));
        Assert.Contains(">人数", chineseScreen);
        Assert.Contains($"href=\"{List}/{id:D}?culture=bo\">Tibetan<span class=\"missing\">", chineseScreen);

        // Renamed: a new alias typed in; moved below the school name; the Forms API sees both at once.
        await RedirectOfAsync(BackofficeForm.Read(await editor.GetStringAsync(Field(id, renShu.Id, "zh-Hans")), "field-edit")
            .Set("alias", "people").PostAsync(editor, intent: null));
        var moved = await RedirectOfAsync(BackofficeForm.Read(await editor.GetStringAsync(Form(id)), $"move-down-{renShu.Id:D}").PostAsync(editor, intent: null));
        Assert.EndsWith($"done=moved#field-{renShu.Id:D}", moved);
        Assert.Equal(new[] { "schoolName", "people" }, (await StoredAsync(site, id)).Form.Fields.Select(f => f.Alias));
        var definition = await DefinitionAsync(site, id, "en");
        Assert.Contains("\"alias\":\"people\"", definition);
        Assert.True(definition.IndexOf("schoolName", StringComparison.Ordinal) < definition.IndexOf("\"people\"", StringComparison.Ordinal));

        // Removed after its own confirm screen (no dialog): gone from the form and the Forms API.
        var confirm = await editor.GetStringAsync($"{List}/{id:D}/fields/{renShu.Id:D}/remove?culture=en");
        Assert.Contains("Remove this field?", confirm);
        var removed = await RedirectOfAsync(BackofficeForm.Read(confirm, "remove-field").PostAsync(editor, intent: null));
        Assert.Contains("done=removed", removed);
        Assert.Equal(new[] { "schoolName" }, (await StoredAsync(site, id)).Form.Fields.Select(f => f.Alias));
        Assert.DoesNotContain("\"people\"", await DefinitionAsync(site, id, "en"));
        Assert.Equal(7, (await StoredAsync(site, id)).Revision);

        // Unused, the form can be deleted (with the tick); the stay form, which pages pick, cannot: the pages are named.
        var formScreen = await editor.GetStringAsync(Form(id));
        using var unticked = await BackofficeForm.Read(formScreen, "delete-form").PostAsync(editor, intent: null);
        Assert.Equal(HttpStatusCode.BadRequest, unticked.StatusCode);
        Assert.Equal("/umbraco/forms?done=deleted", await RedirectOfAsync(BackofficeForm.Read(formScreen, "delete-form").Set("confirm", "yes").PostAsync(editor, intent: null)));
        Assert.Null(await site.WithScopeAsync<FormDefinitionService, StoredForm?>(service => service.GetAsync(id, CancellationToken.None)));
        using var inUse = await BackofficeForm.Read(await editor.GetStringAsync(Form(Samples.GuesthouseStay)), "delete-form").Set("confirm", "yes").PostAsync(editor, intent: null);
        var refusal = await inUse.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, inUse.StatusCode);
        Assert.Contains("Cannot delete", refusal);
        Assert.Contains($"href=\"/umbraco/content/{Samples.SangjiuCourtyard}\"", refusal);
        Assert.NotNull(await site.WithScopeAsync<FormDefinitionService, StoredForm?>(service => service.GetAsync(Samples.GuesthouseStay, CancellationToken.None)));
    }

    private static async Task<string> DefinitionAsync(FormsSite site, Guid form, string culture)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/forms/delivery/api/v1/definitions/{form:D}?culture={culture}");
        request.Headers.Add("Api-Key", FormsSite.ApiKey);
        using var response = await site.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.ToJsonString();
    }
}
