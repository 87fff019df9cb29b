using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>The page of a content query: <c>{ "total": n, "items": [...] }</c>.</summary>
public sealed record ContentQueryResponse(long Total, IReadOnlyList<object> Items);

/// <summary><c>GET /umbraco/delivery/api/v2/content</c>: fetch, filter, sort, skip, take (contract §1.3).</summary>
public static class ContentQueryEndpoint
{
    /// <summary>
    /// Maps the query endpoint. <paramref name="renderItem"/> renders one item (request, item, culture); without it a
    /// temporary stand-in renders id, contentType, name and route path, until the Delivery API's item JSON is wired in.
    /// </summary>
    public static IEndpointRouteBuilder MapDeliveryContentQuery(
        this IEndpointRouteBuilder routes, Func<HttpContext, PublishedDocument, string, object>? renderItem = null)
    {
        var render = renderItem ?? TemporaryDeliveryRequest.RenderItem;
        routes.MapGet(DeliveryApiRoutes.Content, (
                HttpContext context,
                ContentQueryEngine engine,
                PublishedSnapshotService snapshots,
                IOptions<DeliveryApiOptions> options,
                [FromQuery] string? fetch,
                [FromQuery] string[]? filter,
                [FromQuery] string[]? sort,
                [FromQuery] string? skip,
                [FromQuery] string? take) =>
            {
                if (!options.Value.Enabled)
                {
                    return Results.NotFound();
                }

                if (!TemporaryDeliveryRequest.IsAllowed(context, options.Value))
                {
                    return Results.Unauthorized();
                }

                if (!TryPaging(skip, 0, out var skipCount) || !TryPaging(take, ContentQuery.DefaultTake, out var takeCount))
                {
                    return ContentQueryProblems.ToProblem(ContentQueryStatus.InvalidPaging);
                }

                var snapshot = snapshots.Current;
                var culture = TemporaryDeliveryRequest.Culture(context, snapshot);
                var query = new ContentQuery(fetch, filter ?? [], sort ?? [], skipCount, takeCount);
                var result = engine.Execute(snapshot, query, culture, TemporaryDeliveryRequest.StartItem(context, snapshot));
                if (result.Status != ContentQueryStatus.Success)
                {
                    return ContentQueryProblems.ToProblem(result.Status);
                }

                return TypedResults.Ok(new ContentQueryResponse(result.Total, result.Items.Select(d => render(context, d, culture)).ToList()));
            })
            .WithName("QueryContent")
            .WithTags("Content");
        return routes;
    }

    /// <summary>Absent is the default; anything but a non-negative integer is invalid paging (400).</summary>
    private static bool TryPaging(string? value, int fallback, out int count)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            count = fallback;
            return true;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }
}
