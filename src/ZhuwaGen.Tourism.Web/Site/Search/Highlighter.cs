using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace ZhuwaGen.Tourism.Web.Site.Search;

/// <summary>
/// Marks the searched terms in a text: every occurrence of a term (ignoring case; an English stem such as "pick"
/// marks "picking") is wrapped in <c>&lt;mark&gt;</c>, and everything else is HTML-encoded, so the text a visitor
/// typed is never reflected as markup.
/// </summary>
public static class Highlighter
{
    public static IHtmlContent Mark(string text, IReadOnlyCollection<string> terms)
    {
        var marked = new bool[text.Length];
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.OrdinalIgnoreCase))
            {
                Array.Fill(marked, true, at, term.Length);
            }
        }

        var html = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var j = i;
            while (j < text.Length && marked[j] == marked[i])
            {
                j++;
            }

            var part = WebUtility.HtmlEncode(text[i..j]);
            html.Append(marked[i] ? "<mark>" + part + "</mark>" : part);
            i = j;
        }

        return new HtmlString(html.ToString());
    }
}
