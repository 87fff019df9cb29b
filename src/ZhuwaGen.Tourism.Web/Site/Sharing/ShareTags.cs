using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Sharing;

/// <summary>
/// What a chat app or a search engine shows when a page is shared (OpenGraph): its kind, and a share image — the
/// page's <c>shareImage</c>, else its first photo — cut to the 1200×630 "share" crop when the image has it, else the
/// widest width of the site's ladder up to 1280. A page without a picture has no image tag rather than a generic one.
/// </summary>
public sealed record ShareTags(string Type, string? ImagePath, string? ImageAlt)
{
    public const string Crop = "share";
    private const int FallbackWidth = 1280;

    public static ShareTags For(SiteRequest request, PublishedItem item)
    {
        var culture = request.Culture;
        var type = item.ContentTypeAlias is "story" or "event" or "notice" ? "article" : "website";
        var picture = item.Value<IReadOnlyList<MediaWithCrops>>("shareImage", culture)?.FirstOrDefault()
            ?? item.Value<IReadOnlyList<MediaWithCrops>>("photos", culture)?.FirstOrDefault();
        if (picture?.Url is not { } url)
        {
            return new ShareTags(type, null, null);
        }

        var width = request.ImageWidths.Where(w => w <= FallbackWidth).DefaultIfEmpty(request.ImageWidths.Min()).Max();
        var path = picture.CropUrl(Crop) ?? $"{url}?width={width}";
        return new ShareTags(type, path, picture.AltText(culture, request.DefaultCulture) ?? picture.Name);
    }

    /// <summary>OpenGraph's locale for a page culture ("zh-Hans" → "zh_CN").</summary>
    public static string Locale(string culture) => culture.ToLowerInvariant() switch
    {
        "zh-hans" or "zh" => "zh_CN",
        "en" => "en_US",
        "bo" => "bo_CN",
        var other => other.Replace('-', '_'),
    };
}
