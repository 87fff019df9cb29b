using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;

namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>
/// POST entries/{id} (contract §2.2): 202 with the submit message or page; 422 with errors by field alias in the
/// request's culture; 404 unknown form; 415 a Content-Type that is not JSON (none is read as JSON); 400 an unreadable
/// body or a missing antiforgery token; 401 a wrong Api-Key; 503 when the inventory stayed contended. An
/// Idempotency-Key header makes a retried post answer the first entry (and its booking) instead of a second one.
/// A booking's reference is in the Booking-Reference header and in the message's [#bookingReference].
/// </summary>
internal static class PostEntry
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const string BookingReferenceHeader = "Booking-Reference";
    private const int MaxIdempotencyKeyLength = 100;

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPost("/entries/{id}", HandleAsync).RequireRateLimiting(FormsRateLimits.EntryPost).DisableAntiforgery();

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> HandleAsync(
        string id, HttpContext context, FormRegistry forms, FormsApiAccess access, PublishedSnapshotService snapshots,
        EntryService entries, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var key) || forms.Find(key) is not { } form)
        {
            return FormsProblems.FormNotFound();
        }

        if (context.Request.ContentType is { Length: > 0 } type && !type.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return FormsProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the entry as application/json.");
        }

        if (await access.RefusalAsync(context, isPost: true) is { } refusal)
        {
            return refusal;
        }

        var idempotencyKey = context.Request.Headers[IdempotencyKeyHeader].ToString();
        if (idempotencyKey.Length > MaxIdempotencyKeyLength)
        {
            return FormsProblems.Problem(StatusCodes.Status400BadRequest, "Invalid Idempotency-Key", $"At most {MaxIdempotencyKeyLength} characters.");
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: cancellationToken);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return FormsProblems.Problem(StatusCodes.Status400BadRequest, "Invalid request body", "The body is not readable JSON.");
        }

        if (!EntryRequestReader.TryRead(body, idempotencyKey.Length > 0 ? idempotencyKey : null, out var submission, out var named, out var problem))
        {
            return FormsProblems.Problem(StatusCodes.Status400BadRequest, "Invalid request body", problem);
        }

        var snapshot = snapshots.Current;
        var messages = new FormMessages(forms.Current, FormsCulture.Resolve(context, snapshot, named), snapshot.DefaultCulture);
        var outcome = await entries.SubmitAsync(form.Id, submission with { Culture = messages.Culture }, messages, cancellationToken);
        switch (outcome.Status)
        {
            case SubmitStatus.FormNotFound:
                return FormsProblems.FormNotFound();
            case SubmitStatus.Invalid:
                return FormsProblems.Validation(outcome.Errors);
            case SubmitStatus.Busy:
                context.Response.Headers.RetryAfter = "1";
                return FormsProblems.Problem(StatusCodes.Status503ServiceUnavailable, "Busy", "Many requests asked for the same places at once; try again.");
        }

        if (outcome.BookingReference is { } reference)
        {
            context.Response.Headers[BookingReferenceHeader] = reference;
        }

        context.Response.StatusCode = StatusCodes.Status202Accepted;
        return TypedResults.Text(Accepted(form, messages, snapshot, submission.Values, outcome.BookingReference).ToJsonString(), "application/json; charset=utf-8", statusCode: StatusCodes.Status202Accepted);
    }

    private static JsonObject Accepted(
        FormDefinition form, FormMessages messages, PublishedSnapshot snapshot, IReadOnlyDictionary<string, string[]> values, string? reference)
    {
        var message = form.GotoPageOnSubmit is null ? messages.Text(form.MessageOnSubmit) : string.Empty;
        message = message.Replace("[#bookingReference]", reference ?? string.Empty, StringComparison.Ordinal);
        foreach (var (alias, value) in values)
        {
            message = message.Replace($"[#{alias}]", string.Join(", ", value), StringComparison.OrdinalIgnoreCase);
        }

        return new JsonObject
        {
            ["gotoPageOnSubmit"] = form.GotoPageOnSubmit?.ToString("D"),
            ["gotoPageOnSubmitRoute"] = form.GotoPageOnSubmit is { } page ? DefinitionJson.Route(snapshot, page, messages.Culture) : null,
            ["messageOnSubmit"] = form.GotoPageOnSubmit is null ? message : null,
            ["messageOnSubmitIsHtml"] = false,
        };
    }
}
