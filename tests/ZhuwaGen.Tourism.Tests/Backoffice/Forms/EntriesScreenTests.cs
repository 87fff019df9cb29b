using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Backoffice.Forms.FormScreens;
using static ZhuwaGen.Tourism.Tests.Forms.Management.FormsManagement;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Forms;

/// <summary>
/// A form's entries on the phone: newest first, 20 a page, by state; approved once through <c>EntryDecisions</c> (a
/// second answer is told it changed nothing); the CSV byte for byte the Management API's export; a booking form's
/// entries read-only, decided in the bookings inbox.
/// </summary>
public sealed partial class EntriesScreenTests
{
    [Theory, BothProviders]
    public async Task Entries_are_paged_newest_first_approved_once_filtered_and_downloaded_as_the_apis_csv(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var api = await EditorAsync(site);
        var form = await CreateAsync(api, ContactForm("Visits"));
        for (var i = 1; i <= 23; i++)
        {
            await SubmitAsync(site, form, ContactEntry($"Visitor {i:00}"));
        }

        using var editor = await BackofficeClients.AsAsync(site.Site, UserRoles.Editor);
        var first = await editor.GetStringAsync($"{List}/{form:D}/entries");
        var second = await editor.GetStringAsync($"{List}/{form:D}/entries?page=2");
        Assert.Equal(20, EntryCard().Matches(first).Count);
        Assert.Equal(3, EntryCard().Matches(second).Count);
        Assert.True(first.IndexOf("Visitor 23", StringComparison.Ordinal) < first.IndexOf("Visitor 22", StringComparison.Ordinal), "newest first");
        Assert.DoesNotContain("Visitor 03", first);
        Assert.Contains("Visitor 01", second);
        Assert.Contains("Page 1 of 2", first);
        Assert.Contains($"href=\"{List}/{form:D}/entries?page=2\" rel=\"next\"", first);
        Assert.Contains($"href=\"{List}/{form:D}/entries\" rel=\"prev\"", second);
        Assert.Contains("<dt>Your name</dt><dd>Visitor 23</dd>", first);
        Assert.Contains("<dt>Topic</dt><dd>A stay</dd>", first);
        Assert.Matches(@"\d{1,2} \w{3} \d{4} \d{2}:\d{2}", first);

        // Approve the newest: queued on-approve workflow, the card now approved; a second answer is a 409 in words.
        var newest = Guid.Parse(EntryCard().Match(first).Groups["id"].Value);
        var approve = BackofficeForm.Read(first, $"approve-{newest:D}");
        var approved = await RedirectOfAsync(approve.PostAsync(editor, intent: null));
        Assert.Equal($"{List}/{form:D}/entries?done=approved#entry-{newest:D}", approved);
        Assert.Equal(EntryState.Approved, await site.WithFormsDbAsync(db => db.Entries.Where(e => e.Id == newest).Select(e => e.State).SingleAsync()));
        Assert.Equal(1, await site.WithFormsDbAsync(db => db.WorkflowOutbox.CountAsync(o => o.EntryId == newest)));
        using var twice = await BackofficeForm.Read(first, $"reject-{newest:D}").PostAsync(editor, intent: null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("This entry was already decided (Approved); your answer changed nothing.", await twice.Content.ReadAsStringAsync());
        Assert.Equal(EntryState.Approved, await site.WithFormsDbAsync(db => db.Entries.Where(e => e.Id == newest).Select(e => e.State).SingleAsync()));

        // By state: one approved, 22 waiting.
        var approvedOnly = await editor.GetStringAsync($"{List}/{form:D}/entries?state=Approved");
        Assert.Single(EntryCard().Matches(approvedOnly));
        Assert.DoesNotContain($"id=\"approve-", approvedOnly);
        Assert.Contains("Waiting <span class=\"count-plain\">22</span>", approvedOnly);

        // The CSV is the Management API's export, byte for byte.
        using var csv = await editor.GetAsync($"{List}/{form:D}/entries.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=\"entries-{form:N}.csv\"", csv.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal(await api.GetByteArrayAsync($"{FormsApi}/{form:D}/entries/export"), await csv.Content.ReadAsByteArrayAsync());

        // A writer reads the entries but has no decision to make.
        using var writer = await BackofficeClients.AsAsync(site.Site, UserRoles.Writer);
        var asWriter = await writer.GetStringAsync($"{List}/{form:D}/entries");
        Assert.Equal(20, EntryCard().Matches(asWriter).Count);
        Assert.DoesNotContain("id=\"approve-", asWriter);
        var writerToken = BackofficeForm.Read(await writer.GetStringAsync(Form(form)), "form-texts")["__RequestVerificationToken"]!;
        var waiting = Guid.Parse(EntryCard().Matches(first)[1].Groups["id"].Value);
        using var writerDecision = await writer.PostAsync($"{List}/{form:D}/entries/{waiting:D}/approve", new FormUrlEncodedContent([new("__RequestVerificationToken", writerToken)]));
        Assert.Equal(HttpStatusCode.Forbidden, writerDecision.StatusCode);
        Assert.Equal(EntryState.Submitted, await site.WithFormsDbAsync(db => db.Entries.Where(e => e.Id == waiting).Select(e => e.State).SingleAsync()));
    }

    [Theory, BothProviders]
    public async Task A_booking_forms_entries_are_shown_read_only_and_a_decision_is_sent_to_the_inbox(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var booked = await site.PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.StandardTwin, checkIn: 45));
        Assert.Equal(HttpStatusCode.Accepted, booked.StatusCode);
        var entry = await site.WithFormsDbAsync(db => db.Entries.Where(e => e.FormId == Samples.GuesthouseStay).Select(e => e.Id).SingleAsync());
        using var editor = await BackofficeClients.AsAsync(site.Site, UserRoles.Editor);
        using var admin = await BackofficeClients.AsAsync(site.Site, UserRoles.Admin);

        var page = await editor.GetStringAsync($"{List}/{Samples.GuesthouseStay:D}/entries");
        Assert.Single(EntryCard().Matches(page));
        Assert.Contains("Ada Guest", page);
        Assert.Contains("bookings are confirmed or declined by the guesthouse in the bookings inbox", page);
        Assert.DoesNotContain("id=\"approve-", page);
        Assert.DoesNotContain("href=\"/umbraco/bookings\"", page);
        Assert.Contains("href=\"/umbraco/bookings\"", await admin.GetStringAsync($"{List}/{Samples.GuesthouseStay:D}/entries"));

        var token = BackofficeForm.Read(await editor.GetStringAsync(Form(Samples.GuesthouseStay)), "form-texts")["__RequestVerificationToken"]!;
        using var forged = await editor.PostAsync($"{List}/{Samples.GuesthouseStay:D}/entries/{entry:D}/approve", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Conflict, forged.StatusCode);
        Assert.Contains("confirm or decline it in the bookings inbox", await forged.Content.ReadAsStringAsync());
        Assert.Equal(EntryState.Submitted, await site.WithFormsDbAsync(db => db.Entries.Where(e => e.Id == entry).Select(e => e.State).SingleAsync()));
    }

    [GeneratedRegex("id=\"entry-(?<id>[0-9a-f-]{36})\"")]
    private static partial Regex EntryCard();
}
