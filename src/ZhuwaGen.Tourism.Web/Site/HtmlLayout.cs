using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ZhuwaGen.Tourism.Web.Site;

/// <summary>The plain page shell shared by the site and install pages: encoded text in, one HTML document out.</summary>
internal static class HtmlLayout
{
    public static string Page(string lang, string title, string bodyHtml, string? headHtml = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>*{box-sizing:border-box}body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:42rem;margin:0 auto;padding:1rem;line-height:1.6}")
            .Append("nav a{margin-right:1rem}label{display:block;margin-top:.75rem}input{width:100%;padding:.4rem;font-size:1rem}")
            .Append(".error{color:#a00}</style>\n")
            .Append(headHtml)
            .Append("</head>\n<body>\n").Append(bodyHtml).Append("\n</body>\n</html>\n");
        return html.ToString();
    }

    // Chinese and Tibetan stay readable in the source instead of becoming numeric entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? string.Empty);
}
