using System.Net;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Forms.Management.FormsManagement;

namespace ZhuwaGen.Tourism.Tests.Forms.Management;

/// <summary>
/// Two instances on one database: a form edited or added through one instance's Management API is served by the other
/// — through the Forms API, the Delivery API's expanded picker (output-cached) and the stay page — within a few checks
/// of its change watch, without a restart.
/// </summary>
public sealed class FormChangeAcrossInstancesTests
{
    private const string NewCaption = "Full name, as on your passport";

    [Theory, BothProviders]
    public async Task A_form_edited_on_one_instance_is_served_by_the_other_within_seconds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var settings = new Dictionary<string, string?> { ["Forms:Definitions:ChangeCheckInterval"] = "00:00:00.200" };
        await using var editing = await FormsSite.StartAsync(provider, settings, shared: database);
        await using var other = await FormsSite.StartAsync(provider, settings, shared: database);

        // The other instance has served (and cached) the old definition before the edit.
        Assert.DoesNotContain(NewCaption, await DefinitionAsync(other, Samples.GuesthouseStay));
        Assert.DoesNotContain(NewCaption, await ExpandedPickerAsync(other));
        Assert.DoesNotContain(NewCaption, await other.Client.GetStringAsync("/en/stays/sangjiu-courtyard/"));

        using var editor = await EditorAsync(editing);
        var form = await GetJsonAsync(editor, $"/umbraco/management/api/v1/forms/{Samples.GuesthouseStay:D}");
        form["pages"]!.AsArray().SelectMany(p => p!["fieldsets"]!.AsArray()).SelectMany(s => s!["columns"]!.AsArray())
            .SelectMany(c => c!["fields"]!.AsArray()).Single(f => f!["alias"]!.GetValue<string>() == "name")!["caption"]!["en"] = NewCaption;
        using (var replaced = await SendJsonAsync(editor, HttpMethod.Put, $"/umbraco/management/api/v1/forms/{Samples.GuesthouseStay:D}", form, ifMatch: "\"1\""))
        {
            Assert.True(replaced.StatusCode == HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync());
        }

        var created = await CreateAsync(editor, ContactForm("Contact the town"));

        await Eventually.TrueAsync(async () => (await DefinitionAsync(other, Samples.GuesthouseStay)).Contains(NewCaption, StringComparison.Ordinal), "the edit on the other instance", seconds: 10);
        // The cached responses go right after the reload (the watch evicts them as a local edit does, after putting the forms in force).
        await Eventually.TrueAsync(async () => (await ExpandedPickerAsync(other)).Contains(NewCaption, StringComparison.Ordinal), "the expanded picker on the other instance", seconds: 10);
        await Eventually.TrueAsync(async () => (await other.Client.GetStringAsync("/en/stays/sangjiu-courtyard/")).Contains(NewCaption, StringComparison.Ordinal), "the stay page on the other instance", seconds: 10);
        await Eventually.TrueAsync(async () => (await DefinitionAsync(other, created)).Contains("Your name", StringComparison.Ordinal), "the new form on the other instance", seconds: 10);
    }

    private static async Task<string> DefinitionAsync(FormsSite site, Guid form)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/forms/delivery/api/v1/definitions/{form:D}?culture=en");
        request.Headers.Add("Api-Key", FormsSite.ApiKey);
        using var response = await site.Client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : string.Empty;
    }

    /// <summary>The guesthouse through the Content Delivery API with its forms picker expanded (a response the output cache keeps).</summary>
    private static async Task<string> ExpandedPickerAsync(FormsSite site)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/umbraco/delivery/api/v2/content/item/{Samples.SangjiuCourtyard:D}?expand=properties[bookingForm]");
        request.Headers.Add("Accept-Language", "en");
        using var response = await site.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text;
    }
}
