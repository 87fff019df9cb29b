using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Forms.Management.FormsManagement;

namespace ZhuwaGen.Tourism.Tests.Forms.Management;

/// <summary>Editing forms through the Management API: get, create, replace with a revision, delete, and what sees the change.</summary>
public sealed class FormEditingTests
{
    private const string Delivery = "/umbraco/forms/delivery/api/v1/definitions";
    private const string StayPage = "/en/stays/sangjiu-courtyard/";
    private const string NewCaption = "Full name, as on your ID";

    [Theory, BothProviders]
    public async Task A_replaced_form_is_served_at_once_by_the_site_and_the_forms_api_and_survives_a_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid created;
        await using (var site = await FormsSite.StartAsync(provider, shared: database))
        {
            using var editor = await EditorAsync(site);
            using var got = await editor.GetAsync($"{FormsApi}/{Samples.GuesthouseStay:D}");
            Assert.Equal("\"1\"", got.Headers.ETag?.Tag);
            var form = JsonNode.Parse(await got.Content.ReadAsStringAsync())!.AsObject();
            Assert.Equal((1, true), (form["revision"]!.GetValue<int>(), form["isBookingForm"]!.GetValue<bool>()));
            Assert.DoesNotContain(NewCaption, await site.Client.GetStringAsync(StayPage));
            Assert.DoesNotContain(NewCaption, await ExpandedPickerAsync(site));

            NameField(form)["caption"]!["en"] = NewCaption;
            form.Remove("revision");
            using var replaced = await SendJsonAsync(editor, HttpMethod.Put, $"{FormsApi}/{Samples.GuesthouseStay:D}", form, ifMatch: "\"1\"");
            Assert.True(replaced.StatusCode == HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
            Assert.Equal("\"2\"", replaced.Headers.ETag?.Tag);

            // The next request sees it: the Forms API's definition and the stay page that shows the form.
            Assert.Contains(NewCaption, await DefinitionAsync(site, Samples.GuesthouseStay));
            Assert.Contains(NewCaption, await site.Client.GetStringAsync(StayPage));
            Assert.Contains(NewCaption, await ExpandedPickerAsync(site));

            // A second editor who started from revision 1 is refused, not silently applied; no revision at all is 428.
            NameField(form)["caption"]!["en"] = "Stale edit";
            using var stale = await SendJsonAsync(editor, HttpMethod.Put, $"{FormsApi}/{Samples.GuesthouseStay:D}", form, ifMatch: "\"1\"");
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
            using var blind = await SendJsonAsync(editor, HttpMethod.Put, $"{FormsApi}/{Samples.GuesthouseStay:D}", form);
            Assert.Equal((HttpStatusCode)428, blind.StatusCode);
            Assert.DoesNotContain("Stale edit", await DefinitionAsync(site, Samples.GuesthouseStay));

            // A new form: 201 with its location, readable there and through the Forms API.
            using var posted = await editor.PostAsJsonAsync(FormsApi, ContactForm("Contact us"));
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            created = Guid.Parse((await posted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
            Assert.Equal($"{FormsApi}/{created:D}", posted.Headers.Location?.OriginalString);
            Assert.Equal("Contact us", (await GetJsonAsync(editor, posted.Headers.Location!.OriginalString))["name"]!.GetValue<string>());
            Assert.Contains("Your name", await DefinitionAsync(site, created));
        }

        // A restart applies umbraco.config again, which has not changed: the edit and the new form stay.
        await using (var again = await FormsSite.StartAsync(provider, shared: database))
        {
            Assert.Contains(NewCaption, await DefinitionAsync(again, Samples.GuesthouseStay));
            Assert.Contains("Your name", await DefinitionAsync(again, created));
            using var editor = await EditorAsync(again);
            Assert.Equal(2, (await GetJsonAsync(editor, $"{FormsApi}/{Samples.GuesthouseStay:D}"))["revision"]!.GetValue<int>());
            Assert.Contains(NewCaption, await again.Client.GetStringAsync(StayPage));
        }
    }

    [Theory, BothProviders]
    public async Task Delete_is_refused_while_documents_or_entries_use_the_form_and_removes_an_unused_one(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var editor = await EditorAsync(site);

        // The seed's guesthouse pages pick the stay form.
        using var picked = await editor.DeleteAsync($"{FormsApi}/{Samples.GuesthouseStay:D}");
        Assert.Equal(HttpStatusCode.Conflict, picked.StatusCode);
        var pickedProblem = await picked.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains(Samples.SangjiuCourtyard.ToString("D"), pickedProblem!["detail"]!.GetValue<string>());

        // A form no page picks, but with an entry, is kept for its records.
        var withEntry = await CreateAsync(editor, ContactForm("With entry"));
        await SubmitAsync(site, withEntry, ContactEntry());
        using var used = await editor.DeleteAsync($"{FormsApi}/{withEntry:D}");
        Assert.Equal(HttpStatusCode.Conflict, used.StatusCode);
        Assert.Contains("1 entry", (await used.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());

        var unused = await CreateAsync(editor, ContactForm("Unused"));
        using var deleted = await editor.DeleteAsync($"{FormsApi}/{unused:D}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        using var gone = await editor.GetAsync($"{FormsApi}/{unused:D}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var goneFromDelivery = await DefinitionResponseAsync(site, unused);
        Assert.Equal(HttpStatusCode.NotFound, goneFromDelivery.StatusCode);
        Assert.False(await site.WithFormsDbAsync(db => db.FormDefinitions.AnyAsync(f => f.Id == unused)));
        using var again = await editor.DeleteAsync($"{FormsApi}/{unused:D}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task A_broken_definition_is_refused_with_each_problem_at_its_path_and_nothing_stored()
    {
        await using var site = await FormsSite.StartAsync(DatabaseProvider.Sqlite);
        using var editor = await EditorAsync(site);
        var form = ContactForm("Broken");
        var fields = form["pages"]![0]!["fieldsets"]![0]!["columns"]![0]!["fields"]!.AsArray();
        fields[1]!["alias"] = "NAME";
        fields[2]!.AsObject().Remove("preValues");
        fields[3]!["type"] = "telepathy";
        fields.Add(JsonNode.Parse("""{ "alias": "code", "type": "shortAnswer", "pattern": "([" }"""));
        fields.Add(JsonNode.Parse("""{ "alias": "later", "type": "shortAnswer", "condition": { "actionType": "Show", "logicType": "Sometimes", "rules": [ { "field": "99999999-9999-9999-9999-999999999999", "operator": "Is", "value": "x" } ] } }"""));
        form["workflows"]![0]!["stage"] = "Later";
        var before = await site.WithFormsDbAsync(db => db.FormDefinitions.CountAsync());

        using var response = await editor.PostAsJsonAsync(FormsApi, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        const string Fields = "pages[0].fieldsets[0].columns[0].fields";
        Assert.Equal(
            new[]
            {
                $"{Fields}[1].alias", $"{Fields}[2].preValues", $"{Fields}[3].type", $"{Fields}[4].pattern",
                $"{Fields}[5].condition.logicType", $"{Fields}[5].condition.rules[0].field", "workflows[0].stage",
            }.Order(StringComparer.Ordinal),
            errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal(before, await site.WithFormsDbAsync(db => db.FormDefinitions.CountAsync()));

        // The same rules hold for a replace: a form whose id is taken cannot be created twice either.
        var stay = await GetJsonAsync(editor, $"{FormsApi}/{Samples.GuesthouseStay:D}");
        using var duplicate = await editor.PostAsJsonAsync(FormsApi, stay);
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        NameField(stay)["alias"] = string.Empty;
        using var noAlias = await SendJsonAsync(editor, HttpMethod.Put, $"{FormsApi}/{Samples.GuesthouseStay:D}", stay);
        Assert.Equal(HttpStatusCode.BadRequest, noAlias.StatusCode);
        Assert.Equal(1, await site.WithFormsDbAsync(db => db.FormDefinitions.Where(f => f.Id == Samples.GuesthouseStay).Select(f => f.Revision).SingleAsync()));

        // A body that does not bind (an id that is no GUID, no JSON, nothing) is a problem too, never a page.
        foreach (var (body, type) in new[] { ("{\"name\":\"x\",\"pages\":[{\"id\":\"not-a-guid\"}]}", "application/json"), ("name=x", "text/plain"), ("", "application/json") })
        {
            using var unreadable = await editor.PostAsync(FormsApi, new StringContent(body, System.Text.Encoding.UTF8, type));
            Assert.True(unreadable.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnsupportedMediaType, $"{body}: {(int)unreadable.StatusCode}");
            Assert.Equal("application/problem+json", unreadable.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(before, await site.WithFormsDbAsync(db => db.FormDefinitions.CountAsync()));
    }

    private static JsonObject NameField(JsonObject form) =>
        form["pages"]!.AsArray().SelectMany(p => p!["fieldsets"]!.AsArray()).SelectMany(s => s!["columns"]!.AsArray())
            .SelectMany(c => c!["fields"]!.AsArray()).Single(f => f!["alias"]!.GetValue<string>() == "name")!.AsObject();

    /// <summary>The guesthouse through the Content Delivery API with its forms picker expanded (a response the output cache keeps).</summary>
    private static async Task<string> ExpandedPickerAsync(FormsSite site)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/{Samples.SangjiuCourtyard:D}?expand=properties[bookingForm]");
        request.Headers.Add("Accept-Language", "en");
        using var response = await site.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Contains(Samples.GuesthouseStay.ToString("D"), text);
        return text;
    }

    private static Task<HttpResponseMessage> DefinitionResponseAsync(FormsSite site, Guid form)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Delivery}/{form:D}?culture=en");
        request.Headers.Add("Api-Key", FormsSite.ApiKey);
        return site.Client.SendAsync(request);
    }

    private static async Task<string> DefinitionAsync(FormsSite site, Guid form)
    {
        using var response = await DefinitionResponseAsync(site, form);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }
}
