using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Entries;

namespace ZhuwaGen.Tourism.Forms.Api.Management;

/// <summary>
/// POST /forms/{id}/entries/{entryId}/approve and …/reject: decides a submitted entry without a booking and queues the
/// form's on-approve or on-reject workflows; answers the entry. A booking's entry is refused (409): it is decided in
/// the booking inbox, which also keeps or releases what it holds.
/// </summary>
internal static class DecideEntry
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPost("/{id:guid}/entries/{entryId:guid}/approve", (Guid id, Guid entryId, EntryDecisions decisions, EntryQueries entries, CancellationToken cancellationToken) =>
            AnswerAsync(decisions.ApproveAsync(id, entryId, cancellationToken), entryId, entries, cancellationToken))
            .RequireAuthorization(AuthorizationPolicies.ContentPublish);
        group.MapPost("/{id:guid}/entries/{entryId:guid}/reject", (Guid id, Guid entryId, EntryDecisions decisions, EntryQueries entries, CancellationToken cancellationToken) =>
            AnswerAsync(decisions.RejectAsync(id, entryId, cancellationToken), entryId, entries, cancellationToken))
            .RequireAuthorization(AuthorizationPolicies.ContentPublish);
    }

    private static async Task<Results<Ok<EntryView>, ProblemHttpResult>> AnswerAsync(
        Task<EntryDecisionStatus> decision, Guid entryId, EntryQueries entries, CancellationToken cancellationToken)
    {
        var status = await decision;
        return status == EntryDecisionStatus.Success && await entries.FindAsync(entryId, cancellationToken) is { } entry
            ? TypedResults.Ok(entry)
            : FormManagementProblems.For(status);
    }
}
