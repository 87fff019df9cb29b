using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ZhuwaGen.Tourism.Cms.Delivery.Caching;
using ZhuwaGen.Tourism.Cms.Delivery.Rendering;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Items;

/// <summary>The expand and fields clauses of a request, parsed.</summary>
internal sealed record Selections(PropertySelection? Expand, PropertySelection? Fields)
{
    public bool IsDefault => Expand is null && Fields is null;

    public static bool TryParse(string? expand, string? fields, out Selections selections, out ProblemHttpResult? problem)
    {
        selections = new Selections(null, null);
        problem = null;
        if (!PropertySelection.TryParse(expand, out var expandSelection, out var error)
            || !PropertySelection.TryParse(fields, out var fieldsSelection, out error))
        {
            problem = TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid expand or fields", detail: error);
            return false;
        }

        selections = new Selections(expandSelection, fieldsSelection);
        return true;
    }
}

/// <summary>
/// Answers the item endpoints: the stored default rendering when it fits the request (no expand, no fields, no
/// preview, same snapshot), else a rendering for this request; tags the response for output-cache eviction.
/// </summary>
internal sealed class DeliveryItemResponder(DeliveryContentRenderer renderer, DeliveryContentJsonStore store)
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: detail);

    public Results<DeliveryJsonResult, ProblemHttpResult> Item(
        HttpContext http, PublishedSnapshot snapshot, PublishedDocument document, string culture, Selections selections, Guid? previewKey)
    {
        if (previewKey is null && selections.IsDefault && store.Get(snapshot, document.Key, culture) is { } stored)
        {
            DeliveryOutputCache.TagItems(http, stored.Dependencies);
            return stored.Utf8.IsEmpty ? NotFound("The item has no route in this culture.") : new DeliveryJsonResult(stored.Utf8, stored.ETag, stored);
        }

        var rendered = renderer.RenderItemOrDependencies(snapshot, document, culture, selections.Expand, selections.Fields, previewKey);
        DeliveryOutputCache.TagItems(http, rendered.Dependencies);
        return rendered.Utf8.IsEmpty
            ? NotFound("The item has no route in this culture.")
            : new DeliveryJsonResult(rendered.Utf8, DeliveryContentJsonStore.ETagOf(rendered.Utf8.Span));
    }

    public DeliveryJsonResult Items(
        HttpContext http, PublishedSnapshot snapshot, IReadOnlyList<Guid> keys, IReadOnlyList<PublishedDocument> documents, string culture, Selections selections)
    {
        DeliveryOutputCache.TagItems(http, keys);
        if (selections.IsDefault)
        {
            var stored = documents.Select(d => store.Get(snapshot, d.Key, culture)).ToList();
            if (stored.All(s => s is not null))
            {
                DeliveryOutputCache.TagItems(http, stored.SelectMany(s => s!.Dependencies));
                return Array(stored.Select(s => s!.Utf8).Where(s => !s.IsEmpty));
            }
        }

        var rendered = renderer.RenderItems(snapshot, documents, culture, selections.Expand, selections.Fields);
        DeliveryOutputCache.TagItems(http, rendered.Dependencies);
        return new DeliveryJsonResult(rendered.Utf8, DeliveryContentJsonStore.ETagOf(rendered.Utf8.Span));
    }

    /// <summary>
    /// A page of the query endpoint, <c>{"total":n,"items":[…]}</c>: stored renderings where they fit the request,
    /// a rendering for this request otherwise. The page is tagged with every item it shows.
    /// </summary>
    public DeliveryJsonResult Page(
        HttpContext http, PublishedSnapshot snapshot, long total, IReadOnlyList<PublishedDocument> documents, string culture, Selections selections)
    {
        var items = Items(http, snapshot, documents.Select(d => d.Key).ToList(), documents, culture, selections);
        using var buffer = new MemoryStream();
        buffer.Write("{\"total\":"u8);
        buffer.Write(System.Text.Encoding.UTF8.GetBytes(total.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        buffer.Write(",\"items\":"u8);
        buffer.Write(items.Utf8.Span);
        buffer.WriteByte((byte)'}');
        var utf8 = buffer.ToArray();
        return new DeliveryJsonResult(utf8, DeliveryContentJsonStore.ETagOf(utf8));
    }

    /// <summary>Previewed drafts, each rendered in its own preview snapshot.</summary>
    public DeliveryJsonResult PreviewItems(IEnumerable<PreviewDocument> previews, string culture, Selections selections) =>
        Array(previews
            .Select(p => renderer.RenderItem(p.Snapshot, p.Document, culture, selections.Expand, selections.Fields, p.Document.Key))
            .OfType<RenderedJson>()
            .Select(r => r.Utf8));

    private static DeliveryJsonResult Array(IEnumerable<ReadOnlyMemory<byte>> items)
    {
        using var buffer = new MemoryStream();
        buffer.WriteByte((byte)'[');
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                buffer.WriteByte((byte)',');
            }

            buffer.Write(item.Span);
            first = false;
        }

        buffer.WriteByte((byte)']');
        var utf8 = buffer.ToArray();
        return new DeliveryJsonResult(utf8, DeliveryContentJsonStore.ETagOf(utf8));
    }
}
