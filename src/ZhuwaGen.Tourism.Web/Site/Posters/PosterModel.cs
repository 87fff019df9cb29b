using Microsoft.AspNetCore.Html;
using QRCoder;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Route;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Posters;

/// <summary>
/// A printable A4 poster for a stop, for the township to put up at the stop itself: the stop's name in Chinese and
/// English, its number on the route, hours and activities, and a QR code (drawn as SVG by QRCoder, so it prints sharp)
/// to the stop's page in Chinese — the page has the language switcher, and phones there mostly read Chinese.
/// </summary>
public sealed record PosterModel(
    string SiteName,
    string RouteName,
    string NameZh,
    string? NameEn,
    string? NameBo,
    int Number,
    string? Summary,
    string? OpeningHours,
    IReadOnlyList<string> Activities,
    string PageUrl,
    IHtmlContent QrCode,
    SiteText Zh,
    SiteText En)
{
    public const string File = "poster";

    public static PosterModel? Build(SiteRequest request, PublishedItem stop, string origin)
    {
        if (stop.ContentTypeAlias != "routeStop" || stop.Parent is not { } route)
        {
            return null;
        }

        var chinese = request.DefaultCulture;
        var place = RouteStop.InOrder(request, route).FindIndex(s => s.Key == stop.Key);
        var number = place >= 0 ? place + 1 : 1;
        var url = origin + SiteCulture.Url(request.Site.Snapshot, chinese, stop.Url(chinese) ?? "/");
        var zh = new SiteText(chinese);
        var root = request.Root;
        return new PosterModel(
            root is null ? string.Empty : root.Value<string>("siteName", chinese) ?? root.Name(chinese) ?? string.Empty,
            route.Name(chinese) ?? string.Empty,
            stop.Name(chinese) ?? string.Empty,
            stop.Name("en") is { } en && en != stop.Name(chinese) ? en : null,
            stop.Name("bo") is { } bo && bo != stop.Name(chinese) ? bo : null,
            number,
            stop.Value<string>("summary", chinese),
            stop.Value<string>("openingHours", chinese),
            (stop.Value<IReadOnlyList<string>>("activities", chinese) ?? []).Select(a => zh.Named("Activity", a)).ToList(),
            url,
            new HtmlString(QrSvg(url)),
            zh,
            new SiteText("en"));
    }

    /// <summary>The QR code of <paramref name="url"/> as an SVG element that scales to its box (error correction M: a poster may get dirty).</summary>
    public static string QrSvg(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
    }
}
