using System.Net;
using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Backoffice.Forms.FormScreens;
using static ZhuwaGen.Tourism.Tests.Forms.Management.FormsManagement;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Forms;

/// <summary>
/// A booking form's stable aliases (checkIn, guests…) are read by every booking: the screen neither renames nor
/// removes them and says why, and the rule lives in <c>FormRules.CheckChange</c>, so a forged post and the Management
/// API are refused the same way, with nothing stored.
/// </summary>
public sealed class BookingFieldTests
{
    [Theory, BothProviders]
    public async Task Booking_fields_keep_their_aliases_on_the_screen_and_through_the_management_api(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var editor = await BackofficeClients.AsAsync(site.Site, UserRoles.Editor);
        var before = await StoredAsync(site, Samples.GuesthouseStay);
        var checkIn = FieldOf(before, "checkIn");
        var guests = FieldOf(before, "guests");

        // The screen: no alias input and no remove button for a booking field, and the reason in words.
        var formScreen = await editor.GetStringAsync(Form(Samples.GuesthouseStay));
        Assert.Contains("Booking field: cannot be renamed or removed", Element(formScreen, $"field-{checkIn.Id:D}"));
        Assert.DoesNotContain($"/fields/{checkIn.Id:D}/remove", formScreen);
        var fieldScreen = await editor.GetStringAsync(Field(Samples.GuesthouseStay, checkIn.Id, "en"));
        Assert.DoesNotContain("name=\"alias\"", fieldScreen);
        Assert.Contains("bookings, the inbox and the room status read the guest's answer by its alias checkIn", WebUtility.HtmlDecode(fieldScreen));

        // Its caption still changes; a forged alias in the post is not taken.
        await RedirectOfAsync(BackofficeForm.Read(fieldScreen, "field-edit").Set("caption", "Arrival day").Add("alias", "arrival").PostAsync(editor, intent: null));
        var captioned = await StoredAsync(site, Samples.GuesthouseStay);
        Assert.Equal(("checkIn", "Arrival day"), (captioned.Form.FieldById(checkIn.Id)!.Alias, captioned.Form.FieldById(checkIn.Id)!.Caption.ByCulture["en"]));

        // A forged removal is refused by the rule, shown on the field's card, nothing stored.
        var confirm = await editor.GetStringAsync($"{List}/{Samples.GuesthouseStay:D}/fields/{guests.Id:D}/remove");
        Assert.DoesNotContain("id=\"remove-field\"", confirm);
        var token = BackofficeForm.Read(formScreen, "form-texts")["__RequestVerificationToken"]!;
        using var forged = await editor.PostAsync($"{List}/{Samples.GuesthouseStay:D}/fields/{guests.Id:D}/remove", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("revision", captioned.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("so it cannot be renamed or removed", Element(await forged.Content.ReadAsStringAsync(), $"field-{guests.Id:D}"));
        Assert.Equal(captioned.Revision, (await StoredAsync(site, Samples.GuesthouseStay)).Revision);

        // The Management API asks the same rule: a renamed booking alias and a removed one are 400s at their paths.
        using var api = await EditorAsync(site);
        var model = await GetJsonAsync(api, $"{FormsApi}/{Samples.GuesthouseStay:D}");
        var fields = model["pages"]![0]!["fieldsets"]![0]!["columns"]![0]!["fields"]!.AsArray();
        var checkInIndex = fields.Select((f, i) => (f, i)).Single(x => x.f!["alias"]!.GetValue<string>() == "checkIn").i;
        fields[checkInIndex]!["alias"] = "arrival";
        fields.Remove(fields.Single(f => f!["alias"]!.GetValue<string>() == "guests"));
        using var put = await SendJsonAsync(api, HttpMethod.Put, $"{FormsApi}/{Samples.GuesthouseStay:D}", model);
        var problem = JsonNode.Parse(await put.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains($"pages[0].fieldsets[0].columns[0].fields[{checkInIndex}].alias", problem.Select(e => e.Key));
        Assert.Contains("Field \"guests\" of booking form", problem["pages"]![0]!.GetValue<string>());
        Assert.Equal(captioned.Revision, (await StoredAsync(site, Samples.GuesthouseStay)).Revision);
    }
}
