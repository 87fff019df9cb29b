using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Web.Backoffice.Lists;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// /umbraco/forms/{id}/entries: a form's entries as cards, newest first, 20 a page, filtered by state; approve and
/// reject through <see cref="EntryDecisions"/> (admins and editors), the same CSV as the Management API's export.
/// A booking's entry is decided in the bookings inbox (which also keeps or releases its rooms), so a booking form's
/// entries are shown here read-only.
/// </summary>
public sealed class EntriesController(FormRegistry registry, EntryQueries entries, EntryDecisions decisions, FormOverview overview, ContentCards cards, FormScreen screen)
    : FormsControllerBase
{
    public const int PageSize = 20;

    [HttpGet("/umbraco/forms/{id:guid}/entries")]
    public async Task<IActionResult> ListAsync(Guid id, string? state, int? page, string? done, CancellationToken cancellationToken)
    {
        if (registry.Find(id) is not { } form)
        {
            return NotFound();
        }

        var notice = done is "approved" or "rejected" ? Strings["Done_" + done] : null;
        return View("~/Backoffice/Forms/Entries.cshtml", await PageAsync(form, StateOf(state), page ?? 1, notice, null, cancellationToken));
    }

    [HttpPost("/umbraco/forms/{id:guid}/entries/{entry:guid}/approve")]
    public Task<IActionResult> ApproveAsync(Guid id, Guid entry, [FromForm] string? state, [FromForm] int? page, CancellationToken cancellationToken) =>
        DecideAsync(id, entry, approve: true, state, page, cancellationToken);

    [HttpPost("/umbraco/forms/{id:guid}/entries/{entry:guid}/reject")]
    public Task<IActionResult> RejectAsync(Guid id, Guid entry, [FromForm] string? state, [FromForm] int? page, CancellationToken cancellationToken) =>
        DecideAsync(id, entry, approve: false, state, page, cancellationToken);

    [HttpGet("/umbraco/forms/{id:guid}/entries.csv")]
    public async Task<IActionResult> ExportAsync(Guid id, CancellationToken cancellationToken)
    {
        if (registry.Find(id) is not { } form)
        {
            return NotFound();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = string.Create(CultureInfo.InvariantCulture, $"attachment; filename=\"entries-{id:N}.csv\"");
        await EntryCsv.WriteAsync(Response.Body, form, entries.AllAsync(id, cancellationToken), cancellationToken);
        return new EmptyResult();
    }

    private async Task<IActionResult> DecideAsync(Guid id, Guid entry, bool approve, string? state, int? page, CancellationToken cancellationToken)
    {
        if (!CanEdit)
        {
            return ReadOnly();
        }

        if (registry.Find(id) is not { } form)
        {
            return NotFound();
        }

        var status = approve ? await decisions.ApproveAsync(id, entry, cancellationToken) : await decisions.RejectAsync(id, entry, cancellationToken);
        var filter = StateOf(state);
        switch (status)
        {
            case EntryDecisionStatus.Success:
                var back = EntriesPage.Url(id, filter, page ?? 1);
                return Redirect(back + (back.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "done=" + (approve ? "approved" : "rejected") + $"#entry-{entry:D}");
            case EntryDecisionStatus.AlreadyDecided or EntryDecisionStatus.IsBooking:
                // The 409 of the Management API, in words: what the entry is now, and that this answer changed nothing.
                Response.StatusCode = StatusCodes.Status409Conflict;
                var now = await entries.FindAsync(entry, cancellationToken);
                var problem = status == EntryDecisionStatus.IsBooking
                    ? Strings["DecideIsBooking"]
                    : Strings.Format("DecideAlready", Strings["State_" + (now?.State ?? EntryState.Submitted)]);
                return View("~/Backoffice/Forms/Entries.cshtml", await PageAsync(form, filter, page ?? 1, null, problem, cancellationToken));
            default:
                return NotFound();
        }
    }

    private async Task<EntriesPage> PageAsync(FormDefinition form, EntryState? state, int page, string? notice, string? problem, CancellationToken cancellationToken)
    {
        var counts = await overview.CountsOfAsync(form.Id, cancellationToken);
        var pages = Math.Max(1, (counts.Of(state) + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var (_, items) = await entries.ListAsync(form.Id, state, (page - 1) * PageSize, PageSize, cancellationToken);
        var hosts = await cards.ByKeysAsync(items.Where(e => e.ContentId is not null).Select(e => e.ContentId!.Value).Distinct().ToList(), cancellationToken);
        var language = Text.Language;
        return new EntriesPage
        {
            Text = Text,
            Title = Strings.Format("EntriesTitle", form.Name),
            Tabs = Section.For(User),
            FormId = form.Id,
            FormName = form.Name,
            IsBookingForm = form.IsBookingForm,
            CanDecide = CanEdit && !form.IsBookingForm,
            CanOpenInbox = BackofficeUser.CanManageBookings(User),
            State = state,
            Page = page,
            Pages = pages,
            Counts = counts,
            Entries = items.Select(e => EntryCards.Of(e, form, hosts, Text, Strings, language, screen.DefaultCulture)).ToList(),
            Notice = notice,
            Problem = problem,
        };
    }

    private static EntryState? StateOf(string? state) =>
        Enum.TryParse<EntryState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(state, out _) ? parsed : null;
}
