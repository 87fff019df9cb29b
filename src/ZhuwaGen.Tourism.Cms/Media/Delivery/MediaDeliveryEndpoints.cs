using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Delivery;
using ZhuwaGen.Tourism.Cms.Delivery.Caching;
using ZhuwaGen.Tourism.Cms.Delivery.Request;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Media.Delivery;

/// <summary>The media half of the Delivery API v2 (contract §1.1, §1.5): query, by id, by path, by ids.</summary>
internal static class MediaDeliveryEndpoints
{
    public static void MapMediaDelivery(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DeliveryApiRoutes.Media)
            .AddEndpointFilter<MediaDeliveryAccessFilter>()
            .CacheOutput(DeliveryOutputCache.MediaPolicy)
            .WithTags("Media Delivery API");
        group.MapGet("", QueryAsync);
        group.MapGet("/item/{id:guid}", ByIdAsync);
        group.MapGet("/item/{**path}", ByPathAsync);
        group.MapGet("/items", ByIdsAsync);
    }

    private static async Task<Results<Ok<PagedMediaResponse>, ProblemHttpResult>> QueryAsync(
        [AsParameters] MediaQueryParameters query, HttpContext context, PublishedMediaCache cache, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        if (!DeliveryPaging.TryParse(query.Skip, 0, out var skip))
        {
            return PagingProblem("skip", query.Skip);
        }

        if (!DeliveryPaging.TryParse(query.Take, 10, out var take))
        {
            return PagingProblem("take", query.Take);
        }

        var snapshot = await cache.EnsureLoadedAsync(cancellationToken);
        var (status, items) = MediaDeliveryQuery.Run(snapshot, query.Fetch, query.Filter ?? [], query.Sort ?? []);
        if (status != MediaQueryStatus.Success)
        {
            return Problem(status);
        }

        DeliveryOutputCache.TagMediaQuery(context);
        var schema = schemas.Current;
        var culture = MediaDeliveryCulture.Resolve(context.Request, schema);
        var page = items.Skip(skip).Take(take)
            .Select(m => MediaItemResponse.From(m, culture, schema.DefaultCulture)).ToList();
        return TypedResults.Ok(new PagedMediaResponse(items.Count, page));
    }

    private static async Task<Results<Ok<MediaItemResponse>, NotFound>> ByIdAsync(
        Guid id, HttpContext context, PublishedMediaCache cache, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var snapshot = await cache.EnsureLoadedAsync(cancellationToken);
        return snapshot.Get(id) is { } media
            ? TypedResults.Ok(Shown(context, snapshot, schemas.Current, media))
            : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<MediaItemResponse>, NotFound>> ByPathAsync(
        string? path, HttpContext context, PublishedMediaCache cache, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var snapshot = await cache.EnsureLoadedAsync(cancellationToken);

        // OpenAPI clients encode the slashes of the path; Umbraco decodes them too.
        var decoded = Uri.UnescapeDataString(path ?? string.Empty);
        return decoded.Trim('/').Length > 0 && snapshot.ByPath(decoded) is { } media
            ? TypedResults.Ok(Shown(context, snapshot, schemas.Current, media))
            : TypedResults.NotFound();
    }

    private static async Task<Ok<List<MediaItemResponse>>> ByIdsAsync(
        [FromQuery(Name = "id")] Guid[]? id, HttpContext context, PublishedMediaCache cache, SchemaRegistry schemas, CancellationToken cancellationToken)
    {
        var snapshot = await cache.EnsureLoadedAsync(cancellationToken);
        var ids = (id ?? []).Distinct().ToList();

        // Tagged with the ids asked for, found or not: a later upload under a restored key must not find them cached.
        DeliveryOutputCache.TagMedia(context, ids);
        var items = ids.Select(snapshot.Get).OfType<PublishedMedia>().Select(m => Shown(context, snapshot, schemas.Current, m)).ToList();
        return TypedResults.Ok(items);
    }

    /// <summary>The response for one item, tagged with it and its ancestors, whose names make up its path.</summary>
    private static MediaItemResponse Shown(HttpContext context, MediaSnapshot snapshot, ContentSchema schema, PublishedMedia media)
    {
        var shown = new List<Guid>();
        for (PublishedMedia? node = media; node is not null && shown.Count < 1000; node = node.ParentKey is { } parent ? snapshot.Get(parent) : null)
        {
            shown.Add(node.Key);
        }

        DeliveryOutputCache.TagMedia(context, shown);
        return MediaItemResponse.From(media, MediaDeliveryCulture.Resolve(context.Request, schema), schema.DefaultCulture);
    }

    private static ProblemHttpResult PagingProblem(string name, string? value) =>
        TypedResults.Problem(DeliveryPaging.Detail(name, value), statusCode: StatusCodes.Status400BadRequest, title: DeliveryPaging.Title, type: "Error");

    private static ProblemHttpResult Problem(MediaQueryStatus status)
    {
        var (title, detail) = status switch
        {
            MediaQueryStatus.SelectorOptionNotFound => ("Selector option not found", "The attempted 'fetch' option does not exist"),
            MediaQueryStatus.FilterOptionNotFound => ("Filter option not found", "One of the attempted 'filter' options does not exist"),
            MediaQueryStatus.SortOptionNotFound => ("Sort option not found", "One of the attempted 'sort' options does not exist"),
            _ => ("Unknown media query status", $"Media query status \"{status}\" was not expected here"),
        };
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title, type: "Error");
    }
}

// Paging as text: an unreadable or negative value is a named 400 problem, as on the content query, not a binding failure.
// Properties rather than a positional record: the request delegate generator cannot bind nullable constructor parameters.
internal sealed record MediaQueryParameters
{
    public string? Fetch { get; init; }

    public string[]? Filter { get; init; }

    public string[]? Sort { get; init; }

    public string? Skip { get; init; }

    public string? Take { get; init; }
}

public sealed record PagedMediaResponse(long Total, IReadOnlyList<MediaItemResponse> Items);
