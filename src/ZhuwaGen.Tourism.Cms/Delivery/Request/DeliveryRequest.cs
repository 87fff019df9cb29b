using Microsoft.AspNetCore.Http;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Request;

/// <summary>
/// What the Delivery API request filter resolved once for a request: the culture (always one of the site's
/// languages), the start item (a root, when the Start-Item header names one), whether drafts are wanted, and the
/// snapshot the whole request reads, so that one response never mixes two publishes.
/// </summary>
public sealed class DeliveryRequest(
    string culture, PublishedDocument? startItem, bool preview, PublishedSnapshot snapshot, IReadOnlySet<string> disallowedContentTypes)
{
    public string Culture { get; } = culture;

    public PublishedDocument? StartItem { get; } = startItem;

    public bool Preview { get; } = preview;

    public PublishedSnapshot Snapshot { get; } = snapshot;

    /// <summary>Whether a published item may appear in any Delivery API response (DisallowedContentTypeAliases).</summary>
    public bool IsExposed(PublishedDocument document) => !disallowedContentTypes.Contains(document.ContentTypeAlias);

    /// <summary>The request's context; only on endpoints of <see cref="DeliveryApiEndpoints.MapDeliveryContentGroup"/>.</summary>
    public static DeliveryRequest From(HttpContext context) =>
        context.Features.Get<DeliveryRequest>()
        ?? throw new InvalidOperationException("This endpoint is not in the Delivery API group, so no DeliveryRequest was resolved.");
}
