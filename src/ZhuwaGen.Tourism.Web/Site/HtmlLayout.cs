using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ZhuwaGen.Tourism.Web.Site;

/// <summary>The plain page shell shared by the site and install pages: encoded text in, one HTML document out.</summary>
internal static class HtmlLayout
{
    /// <summary>The plain pages' styles, served from wwwroot.</summary>
    public const string StylesheetPath = "/css/site.css";

    public static string Page(string lang, string title, string bodyHtml, string? headHtml = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            // A stylesheet from this host, not an inline <style>: the Content-Security-Policy allows no inline style without a nonce.
            .Append("<link rel=\"stylesheet\" href=\"").Append(StylesheetPath).Append("\">\n")
            .Append(headHtml)
            .Append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n")
            .Append("</head>\n<body>\n<main>\n").Append(bodyHtml).Append("\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    // Chinese and Tibetan stay readable in the source instead of becoming numeric entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);
}
