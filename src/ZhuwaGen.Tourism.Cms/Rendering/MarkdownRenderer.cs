using Ganss.Xss;
using Markdig;

namespace ZhuwaGen.Tourism.Cms.Rendering;

/// <summary>
/// Markdown to HTML for stories and stop bodies. Raw HTML in the Markdown is escaped by Markdig, and the output
/// still goes through HtmlSanitizer, so no script or event handler reaches a page or an API client.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = new();

    public string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? string.Empty : _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));
}
