using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Delivery.Items;
using ZhuwaGen.Tourism.Cms.Delivery.Request;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary><c>GET /umbraco/delivery/api/v2/content</c>: fetch, filter, sort, skip, take (contract §1.3).</summary>
public static class ContentQueryEndpoint
{
    /// <summary>
    /// Maps the query endpoint on the Delivery content group, so it shares the request filter (culture, Start-Item,
    /// Api-Key, feature gate) and the output-cache policy with the item endpoints, and renders items the same way.
    /// </summary>
    public static IEndpointRouteBuilder MapDeliveryContentQuery(this IEndpointRouteBuilder routes)
    {
        routes.MapDeliveryContentGroup().MapGet(string.Empty, (
                HttpContext context,
                ContentQueryEngine engine,
                DeliveryItemResponder responder,
                [FromQuery] string? fetch,
                [FromQuery] string[]? filter,
                [FromQuery] string[]? sort,
                [FromQuery] string? skip,
                [FromQuery] string? take,
                [FromQuery] string? expand,
                [FromQuery] string? fields) =>
            {
                if (!DeliveryPaging.TryParse(skip, 0, out var skipCount))
                {
                    return ContentQueryProblems.ToProblem(ContentQueryStatus.InvalidPaging, DeliveryPaging.Detail("skip", skip));
                }

                if (!DeliveryPaging.TryParse(take, ContentQuery.DefaultTake, out var takeCount))
                {
                    return ContentQueryProblems.ToProblem(ContentQueryStatus.InvalidPaging, DeliveryPaging.Detail("take", take));
                }

                if (!Selections.TryParse(expand, fields, out var selections, out var problem))
                {
                    return problem!;
                }

                var request = DeliveryRequest.From(context);
                var query = new ContentQuery(fetch, filter ?? [], sort ?? [], skipCount, takeCount);
                var result = engine.Execute(request.Snapshot, query, request.Culture, request.StartItem?.Key);
                return result.Status != ContentQueryStatus.Success
                    ? ContentQueryProblems.ToProblem(result.Status, result.Detail)
                    : responder.Page(context, request.Snapshot, result.Total, result.Items, request.Culture, selections);
            })
            .WithName("QueryContent");
        return routes;
    }
}
