using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Web.Site.Errors;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Forms;

/// <summary>
/// A page's form, sent without JavaScript: a plain POST to the page's own URL, through the same
/// <see cref="EntryService"/> as the Forms API (validation, the all-or-nothing reservation, the idempotency key, the
/// workflows). A refused post gets the page again with each field's message in the page's language and the values
/// kept; an accepted one is redirected (303) to the receipt page. A filled honeypot is redirected the same way but
/// stores nothing.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[TypeFilter(typeof(SiteErrorFilter))]
public sealed class SiteFormController(
    PublishedContentReader reader, SiteClock clock, IOptions<MediaOptions> media, SiteForms forms, ReceivedLinks links) : Controller
{
    private const int MaxIdempotencyKeyLength = 100;

    [HttpPost("{**path}", Order = int.MaxValue)]
    [EnableRateLimiting(SiteFormPostLimit.Name)]
    [RequestSizeLimit(64 * 1024)]
    public async Task<IActionResult> Submit(
        string? path, [FromServices] IAntiforgery antiforgery, [FromServices] EntryService entries, CancellationToken cancellationToken)
    {
        var request = SitePageController.SiteRequestFor(HttpContext, reader, clock, media.Value, path, out var route);
        SiteForms.MarkPrivate(Response);
        Response.Headers.ContentLanguage = request.Culture;
        if (request.Site.ByRoute(route, request.Culture) is not { } item || forms.PickedOn(item, request.Culture) is not { } form
            || !Request.HasFormContentType)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(SiteViews.ErrorView, ErrorModel.NotFound(request));
        }

        var posted = await Request.ReadFormAsync(cancellationToken);
        var values = form.Fields
            .Where(f => posted.ContainsKey(f.Alias))
            .ToDictionary(f => f.Alias, f => posted[f.Alias].Select(v => v ?? string.Empty).ToArray(), StringComparer.OrdinalIgnoreCase);
        var key = posted[SiteFormModel.IdempotencyField].ToString() is { Length: > 0 and <= MaxIdempotencyKeyLength } given ? given : SiteForms.NewIdempotencyKey();

        // A person who waited long enough for the cookie to go, or a forged post: nothing is stored, and a person
        // gets the page back with what they typed and a fresh token to send it again.
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            return Page(request, item, form, values, SubmitOutcome.NoErrors, key, StatusCodes.Status400BadRequest, request.Text["FormExpired"]);
        }

        if (!string.IsNullOrWhiteSpace(posted[SiteFormModel.HoneypotField]))
        {
            return SeeOtherToReceipt(request, Guid.Empty, item.Key);
        }

        var messages = new FormMessages(forms.Schema, request.Culture, request.DefaultCulture);
        var submission = new EntrySubmission(values, item.Key, request.Culture, new Dictionary<string, string>(), key);
        var outcome = await entries.SubmitAsync(form.Id, submission, messages, cancellationToken);
        return outcome.Status switch
        {
            SubmitStatus.Accepted => SeeOtherToReceipt(request, outcome.EntryId!.Value, item.Key),
            SubmitStatus.Invalid => Page(request, item, form, values, outcome.Errors, key, StatusCodes.Status422UnprocessableEntity,
                outcome.Errors.ContainsKey("contentId") ? request.Text["FormNotBookable"] : null),
            SubmitStatus.Busy => Page(request, item, form, values, SubmitOutcome.NoErrors, key, StatusCodes.Status503ServiceUnavailable, request.Text["FormBusy"]),
            _ => NotFoundPage(request),
        };
    }

    /// <summary>The receipt: <c>/booking/received?t=…</c> (and under <c>/en/</c>, <c>/bo/</c>); never cached, it is one visitor's.</summary>
    [HttpGet(ReceivedModel.Route)]
    [HttpGet("{culture}" + ReceivedModel.Route)]
    public async Task<IActionResult> Received(
        string? culture, [FromQuery(Name = "t")] string? token, [FromServices] BookingReceipts receipts, CancellationToken cancellationToken)
    {
        var request = SitePageController.SiteRequestFor(HttpContext, reader, clock, media.Value, culture, out _);
        SiteForms.MarkPrivate(Response);
        Response.Headers.ContentLanguage = request.Culture;
        var read = links.Read(token);
        var item = read is { } r ? request.Site.ByKey(r.PageKey) : null;
        var receipt = read is { EntryId: var entry } && entry != Guid.Empty ? await receipts.ForEntryAsync(entry, cancellationToken) : null;
        // The token names the entry and its page: a receipt shows only if they still belong together.
        if (receipt is not null && receipt.ContentId != read!.Value.PageKey)
        {
            receipt = null;
        }

        var form = receipt is null ? null : forms.Find(receipt.FormId);
        return View(ReceivedView, ReceivedModel.Build(request, item, form, receipt, token));
    }

    private const string ReceivedView = "~/Site/Forms/received.cshtml";

    /// <summary>303 See Other: the browser GETs the receipt, so a reload or Back never posts the form again.</summary>
    private StatusCodeResult SeeOtherToReceipt(SiteRequest request, Guid entryId, Guid pageKey)
    {
        var prefix = string.Equals(request.Culture, request.DefaultCulture, StringComparison.OrdinalIgnoreCase) ? string.Empty : "/" + request.Culture;
        Response.Headers.Location = $"{prefix}{ReceivedModel.Route}?t={links.TokenFor(entryId, pageKey)}";
        return StatusCode(StatusCodes.Status303SeeOther);
    }

    private ViewResult Page(
        SiteRequest request, PublishedItem item, FormDefinition form, IReadOnlyDictionary<string, string[]> values,
        IReadOnlyDictionary<string, string[]> errors, string key, int status, string? generalError)
    {
        var view = SiteViews.For(item.ContentTypeAlias);
        ViewData[SiteFormModel.ViewDataKey] = SiteFormBuilder.Build(request, item, form, values, errors, key, generalError);
        Response.StatusCode = status;
        return View(view.ViewPath, view.Build(request, item));
    }

    private ViewResult NotFoundPage(SiteRequest request)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View(SiteViews.ErrorView, ErrorModel.NotFound(request));
    }
}
