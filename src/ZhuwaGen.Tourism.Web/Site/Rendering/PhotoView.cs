using System.Globalization;
using ZhuwaGen.Tourism.Cms.PublishedContent;

namespace ZhuwaGen.Tourism.Web.Site.Rendering;

/// <summary>
/// A photo as an <c>img</c>: a <c>srcset</c> over the site's width ladder, cut to the "card" crop (4:3) when the
/// image has it, so a phone downloads the width it shows; width and height keep the layout still while it loads.
/// </summary>
public sealed record PhotoView(string Src, string SrcSet, string Alt, int Width, int Height)
{
    public const string Crop = "card";
    public const string Sizes = "(min-width: 40rem) 38rem, 100vw";
    private const int MaxWidth = 1024;

    public static IReadOnlyList<PhotoView> Of(SiteRequest request, IReadOnlyList<MediaWithCrops> media) =>
        media.Select(m => Of(request, m)).OfType<PhotoView>().ToList();

    public static PhotoView? Of(SiteRequest request, MediaWithCrops media)
    {
        if (media.Url is null)
        {
            return null;
        }

        var alt = media.AltText(request.Culture, request.DefaultCulture) ?? media.Name;
        var crop = media.Crops.FirstOrDefault(c => string.Equals(c.Alias, Crop, StringComparison.OrdinalIgnoreCase));
        var widest = Math.Min(crop?.Width ?? media.Media.Width ?? MaxWidth, MaxWidth);
        var widths = request.ImageWidths.Where(w => w <= widest).DefaultIfEmpty(request.ImageWidths.Min()).ToList();
        string At(int w) => crop is null
            ? $"{media.Url}?width={w.ToString(CultureInfo.InvariantCulture)}"
            : media.CropUrl(crop.Alias, w)!;
        var srcset = string.Join(", ", widths.Select(w => $"{At(w)} {w.ToString(CultureInfo.InvariantCulture)}w"));
        var (width, height) = crop is not null
            ? (crop.Width, crop.Height)
            : (media.Media.Width ?? 4, media.Media.Height ?? 3);
        return new PhotoView(At(widths[^1]), srcset, alt, width, height);
    }
}
