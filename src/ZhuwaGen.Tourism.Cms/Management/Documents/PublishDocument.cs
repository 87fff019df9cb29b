using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>
/// PUT /document/{id}/publish, Umbraco's shape: each entry of publishSchedules names a culture (null: every culture)
/// and either no schedule (publish now) or a schedule (publish and/or unpublish later). Schedules are stored first,
/// so a request whose schedule is invalid publishes nothing.
/// </summary>
internal static class PublishDocument
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/document/{id:guid}/publish", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        Guid id, PublishDocumentRequestModel request, HttpContext context, PublishingService publishing, SchedulingService scheduling,
        SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var entries = request.PublishSchedules ?? [];
        var user = CurrentUser.NameOf(context.User);
        var scheduled = entries.Where(e => e.Schedule is { PublishTime: not null } or { UnpublishTime: not null })
            .Select(e => new CultureSchedule(e.Culture ?? schemas.Current.DefaultCulture, e.Schedule!.PublishTime?.UtcDateTime, e.Schedule.UnpublishTime?.UtcDateTime))
            .ToList();
        if (scheduled.Count > 0)
        {
            var status = await scheduling.ScheduleAsync(id, scheduled, user, cancellationToken);
            if (status != ContentPublishingOperationStatus.Success)
            {
                return PublishingProblems.For(status);
            }
        }

        var now = entries.Where(e => e.Schedule is null or { PublishTime: null, UnpublishTime: null }).ToList();
        if (now.Count > 0 || entries.Count == 0)
        {
            var cultures = now.Any(e => e.Culture is null) ? [] : now.Select(e => e.Culture!).ToList();
            var result = await publishing.PublishAsync(id, cultures, user, cancellationToken);
            if (!result.Succeeded)
            {
                return PublishingProblems.For(result);
            }
        }

        return TypedResults.Ok();
    }
}
