using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ZhuwaGen.Tourism.Cms.Delivery.Redirects;
using ZhuwaGen.Tourism.Cms.Delivery.Request;

namespace ZhuwaGen.Tourism.Cms.Delivery.Items;

/// <summary>The expand and fields query parameters every item endpoint takes.</summary>
// Properties rather than a positional record: the request delegate generator cannot bind nullable constructor parameters.
internal sealed record ItemOptions
{
    [FromQuery(Name = "expand")]
    public string? Expand { get; init; }

    [FromQuery(Name = "fields")]
    public string? Fields { get; init; }
}

/// <summary>GET content/item/{id}, content/item/{*path} and content/items?id=… (contract §1.1).</summary>
internal static class ContentItemEndpoints
{
    private const string PreviewPrefix = "preview-";

    public static RouteGroupBuilder MapContentItems(this RouteGroupBuilder group)
    {
        group.MapGet("/item/{id:guid}", ByIdAsync);
        group.MapGet("/item/{*path}", ByPathAsync);
        group.MapGet("/items", ByIdsAsync);
        return group;
    }

    private static async Task<Results<DeliveryJsonResult, ProblemHttpResult>> ByIdAsync(
        Guid id, [AsParameters] ItemOptions options, HttpContext http, DeliveryItemResponder responder, PreviewDocuments previews, CancellationToken cancellationToken)
    {
        var request = DeliveryRequest.From(http);
        if (!Selections.TryParse(options.Expand, options.Fields, out var selections, out var problem))
        {
            return problem!;
        }

        if (request.Preview)
        {
            return await PreviewAsync(http, request, id, selections, responder, previews, cancellationToken);
        }

        return request.Snapshot.ByKey(id) is { } document && request.IsExposed(document)
            ? responder.Item(http, request.Snapshot, document, request.Culture, selections, null)
            : DeliveryItemResponder.NotFound($"No published item has the id {id:D}.");
    }

    private static async Task<Results<DeliveryJsonResult, DeliveryRedirectResult, ProblemHttpResult>> ByPathAsync(
        string? path, [AsParameters] ItemOptions options, HttpContext http, DeliveryItemResponder responder, PreviewDocuments previews,
        RedirectLookup redirects, CancellationToken cancellationToken)
    {
        var request = DeliveryRequest.From(http);
        if (!Selections.TryParse(options.Expand, options.Fields, out var selections, out var problem))
        {
            return problem!;
        }

        // OpenAPI clients encode the slashes of the path (%2F); Kestrel leaves those encoded.
        var route = Uri.UnescapeDataString(path ?? string.Empty);
        var trimmed = route.Trim('/');
        if (request.Preview && trimmed.StartsWith(PreviewPrefix, StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(trimmed[PreviewPrefix.Length..], out var previewKey))
        {
            return Widen(await PreviewAsync(http, request, previewKey, selections, responder, previews, cancellationToken));
        }

        var root = request.StartItem ?? request.Snapshot.Roots.FirstOrDefault();
        var document = root is null ? null : request.Snapshot.ByRoute(route, request.Culture, root.Key);
        if (document is null || !request.IsExposed(document))
        {
            if (document is null && root is not null
                && await redirects.FindAsync(request.Snapshot, route, request.Culture, root.Key, cancellationToken) is { } target)
            {
                return new DeliveryRedirectResult(target.Path, target.StartItemPath, target.StartItemKey);
            }

            return DeliveryItemResponder.NotFound($"No published item has the route '{PublishedRoute(route)}'.");
        }

        if (request.Preview)
        {
            return Widen(await PreviewAsync(http, request, document.Key, selections, responder, previews, cancellationToken));
        }

        return Widen(responder.Item(http, request.Snapshot, document, request.Culture, selections, null));
    }

    private static async Task<Results<DeliveryJsonResult, ProblemHttpResult>> ByIdsAsync(
        [FromQuery(Name = "id")] string[]? ids, [AsParameters] ItemOptions options, HttpContext http, DeliveryItemResponder responder,
        PreviewDocuments previews, CancellationToken cancellationToken)
    {
        var request = DeliveryRequest.From(http);
        if (!Selections.TryParse(options.Expand, options.Fields, out var selections, out var problem))
        {
            return problem!;
        }

        var keys = new List<Guid>();
        foreach (var id in ids ?? [])
        {
            if (!Guid.TryParse(id, out var key))
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest, title: "Invalid id", detail: $"'{id}' is not a GUID; pass item ids as id=<guid>.");
            }

            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        if (request.Preview)
        {
            var drafts = new List<PreviewDocument>();
            foreach (var key in keys)
            {
                if (await previews.LoadAsync(request.Snapshot, key, cancellationToken) is { } draft && request.IsExposed(draft.Document))
                {
                    drafts.Add(draft);
                }
            }

            return responder.PreviewItems(drafts, request.Culture, selections);
        }

        var documents = keys.Select(request.Snapshot.ByKey).OfType<Publishing.PublishedDocument>().Where(request.IsExposed).ToList();
        return responder.Items(http, request.Snapshot, keys, documents, request.Culture, selections);
    }

    private static async Task<Results<DeliveryJsonResult, ProblemHttpResult>> PreviewAsync(
        HttpContext http, DeliveryRequest request, Guid key, Selections selections, DeliveryItemResponder responder, PreviewDocuments previews,
        CancellationToken cancellationToken)
    {
        var draft = await previews.LoadAsync(request.Snapshot, key, cancellationToken);
        return draft is null || !request.IsExposed(draft.Document)
            ? DeliveryItemResponder.NotFound($"No item has the id {key:D}.")
            : responder.Item(http, draft.Snapshot, draft.Document, request.Culture, selections, key);
    }

    private static Results<DeliveryJsonResult, DeliveryRedirectResult, ProblemHttpResult> Widen(Results<DeliveryJsonResult, ProblemHttpResult> result) =>
        result.Result is DeliveryJsonResult json ? json : (ProblemHttpResult)result.Result;

    private static string PublishedRoute(string route) => Publishing.PublishedSnapshot.NormalizeRoute(route);
}
