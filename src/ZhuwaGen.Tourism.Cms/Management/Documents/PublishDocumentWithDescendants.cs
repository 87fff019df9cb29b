using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Management.Problems;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

/// <summary>
/// PUT /document/{id}/publish-with-descendants: publishes a branch, parents first. When the item itself fails the
/// answer is that failure; otherwise 200 with every item's outcome (a descendant may fail on its own).
/// </summary>
internal static class PublishDocumentWithDescendants
{
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder group) =>
        group.MapPut("/document/{id:guid}/publish-with-descendants", HandleAsync).RequireAuthorization(AuthorizationPolicies.ContentPublish);

    private static async Task<Results<Ok<IReadOnlyList<PublishedItemResultModel>>, ProblemHttpResult>> HandleAsync(
        Guid id, PublishDocumentWithDescendantsRequestModel request, HttpContext context, PublishingService publishing, CancellationToken cancellationToken)
    {
        var result = await publishing.PublishWithDescendantsAsync(
            id, request.Cultures ?? [], request.IncludeUnpublishedDescendants, CurrentUser.NameOf(context.User), cancellationToken);
        var root = result.Items.FirstOrDefault(i => i.Key == id);
        if (root.Result is { Succeeded: false })
        {
            return PublishingProblems.For(root.Result);
        }

        IReadOnlyList<PublishedItemResultModel> items = result.Items.Select(i => new PublishedItemResultModel(i.Key, i.Result.Status.ToString())).ToList();
        return TypedResults.Ok(items);
    }
}
