using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.PublishedContent;

public enum PublishedLinkType
{
    Content,
    Media,
    External,
}

/// <summary>A URL picker's link, resolved: its URL in the culture (with its query string), and the item or media it points at.</summary>
public sealed record PublishedLink(
    PublishedLinkType Type, string Url, string? Title, string? Target, PublishedItem? Item, MediaWithCrops? Media)
{
    /// <summary>Null when the link points at an item that is not published (or not routable in the culture) or at unknown media.</summary>
    internal static PublishedLink? Resolve(PublishedSite site, LinkPick link, string culture)
    {
        var query = link.QueryString ?? string.Empty;
        switch (link.Destination)
        {
            case { Entity: PickedEntity.Document } document:
                var item = site.ByKey(document.Key);
                return item?.Url(culture) is { } route ? new PublishedLink(PublishedLinkType.Content, route + query, link.Title, link.Target, item, null) : null;
            case { Entity: PickedEntity.Media } media:
                var resolved = MediaWithCrops.Resolve(site, new MediaPick(media.Key, null, new Dictionary<string, Cms.Media.MediaCropCoordinates>()), []);
                return resolved?.Url is { } url ? new PublishedLink(PublishedLinkType.Media, url + query, link.Title, link.Target, null, resolved) : null;
            default:
                return link.Url is { } external ? new PublishedLink(PublishedLinkType.External, external + query, link.Title, link.Target, null, null) : null;
        }
    }
}
