using Ganss.Xss;
using Markdig;

namespace ZhuwaGen.Tourism.Cms.Rendering;

/// <summary>
/// Markdown to HTML for stories and stop bodies. Raw HTML in the Markdown is escaped by Markdig, and the output
/// still goes through HtmlSanitizer, so no script or event handler reaches a page or an API client. Nothing carries a
/// style attribute (the CSP would block it): table alignment is written as classes.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Use<TableAlignmentAsClasses>()
        .Build();

    private readonly HtmlSanitizer _sanitizer = NoStyleAttributes();

    public string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    // A style attribute would be blocked by the site's Content-Security-Policy anyway; dropping it keeps the HTML that
    // API clients receive the same as what a page can show.
    private static HtmlSanitizer NoStyleAttributes()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Add("class");
        return sanitizer;
    }
}
