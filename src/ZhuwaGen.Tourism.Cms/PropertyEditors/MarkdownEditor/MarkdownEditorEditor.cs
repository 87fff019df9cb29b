using Markdig;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Rendering;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.MarkdownEditor: Markdown text, converted to sanitized <see cref="HtmlMarkup"/>; searched as plain text.</summary>
internal sealed class MarkdownEditorEditor(MarkdownRenderer markdown) : TextEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.MarkdownEditor];

    public override object? Convert(JToken? value, PropertyConversion conversion) => new HtmlMarkup(markdown.ToHtml(StoredValues.Text(value)));

    public override IEnumerable<string> SearchText(JToken value) =>
        value.Type == JTokenType.String ? [Markdown.ToPlainText(value.Value<string>()!)] : [];
}
