using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Forms.Management.FormsManagement;

namespace ZhuwaGen.Tourism.Tests.Forms.Management;

/// <summary>Approving and rejecting entries through the Management API, with the stage's workflows queued in the outbox.</summary>
public sealed class EntryDecisionApiTests
{
    [Theory, BothProviders]
    public async Task Approve_and_reject_decide_once_and_queue_that_stages_workflows_and_a_booking_is_refused(DatabaseProvider provider)
    {
        await using var site = await FormsSite.StartAsync(provider);
        using var editor = await EditorAsync(site);
        var formId = await CreateAsync(editor, ContactForm("Decisions"));
        var form = await GetJsonAsync(editor, $"{FormsApi}/{formId:D}");
        var onApprove = Guid.Parse(form["workflows"]!.AsArray().Single(w => w!["stage"]!.GetValue<string>() == "OnApprove")!["id"]!.GetValue<string>());
        var onReject = Guid.Parse(form["workflows"]!.AsArray().Single(w => w!["stage"]!.GetValue<string>() == "OnReject")!["id"]!.GetValue<string>());
        var first = await SubmitAsync(site, formId, ContactEntry("First"));
        var second = await SubmitAsync(site, formId, ContactEntry("Second"));

        using var approved = await editor.PostAsync($"{FormsApi}/{formId:D}/entries/{first:D}/approve", null);
        Assert.True(approved.StatusCode == HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        Assert.Equal("Approved", JsonNode.Parse(await approved.Content.ReadAsStringAsync())!["state"]!.ToString());
        using var rejected = await editor.PostAsync($"{FormsApi}/{formId:D}/entries/{second:D}/reject", null);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        // Decided once: a second decision either way is a conflict and changes nothing.
        using var twice = await editor.PostAsync($"{FormsApi}/{formId:D}/entries/{first:D}/reject", null);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("application/problem+json", twice.Content.Headers.ContentType?.MediaType);

        var states = await site.WithFormsDbAsync(db => db.Entries.Where(e => e.FormId == formId).ToDictionaryAsync(e => e.Id, e => e.State));
        Assert.Equal((EntryState.Approved, EntryState.Rejected), (states[first], states[second]));
        var queued = await site.WithFormsDbAsync(db => db.WorkflowOutbox.Where(o => o.FormId == formId)
            .Select(o => new { o.EntryId, o.WorkflowId }).ToListAsync());
        Assert.Equal(
            new[] { (first, onApprove), (second, onReject) }.Order(),
            queued.Select(o => (o.EntryId, o.WorkflowId)).Order());

        // A booking's entry is decided in the booking inbox, not here.
        using var booked = await site.PostEntryAsync(Samples.GuesthouseStay, Bodies.Stay(Samples.StandardTwin, checkIn: 45));
        Assert.Equal(HttpStatusCode.Accepted, booked.StatusCode);
        var booking = await site.WithFormsDbAsync(db => db.Bookings.SingleAsync());
        using var refused = await editor.PostAsync($"{FormsApi}/{Samples.GuesthouseStay:D}/entries/{booking.EntryId:D}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("booking inbox", (await refused.Content.ReadAsStringAsync()));
        Assert.Equal(EntryState.Submitted, await site.WithFormsDbAsync(db => db.Entries.Where(e => e.Id == booking.EntryId).Select(e => e.State).SingleAsync()));
        Assert.Equal(BookingState.Pending, await site.WithFormsDbAsync(db => db.Bookings.Select(b => b.State).SingleAsync()));

        // An entry of another form, or none at all, is not found.
        using var wrongForm = await editor.PostAsync($"{FormsApi}/{Samples.Enquiry:D}/entries/{first:D}/approve", null);
        Assert.Equal(HttpStatusCode.NotFound, wrongForm.StatusCode);
        using var missing = await editor.PostAsync($"{FormsApi}/{formId:D}/entries/{Guid.NewGuid():D}/reject", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
