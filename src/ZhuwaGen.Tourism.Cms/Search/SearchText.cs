using System.Text;
using Markdig;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Search;

/// <summary>
/// What a visitor can search in one culture: the name and every text property (TextBox, TextArea, Markdown as plain
/// text, Tags), each read in the culture the item is shown in there, so an English search of an item without English
/// finds its Chinese text as the English page would show it.
/// </summary>
internal static class SearchText
{
    private static readonly HashSet<string> TextEditors = new(StringComparer.Ordinal)
    {
        PropertyEditorAliases.TextBox, PropertyEditorAliases.TextArea, PropertyEditorAliases.MarkdownEditor, PropertyEditorAliases.Tags,
    };

    public static string? Of(PublishedDocument document, PublishedSnapshot snapshot, ContentSchema schema, string culture)
    {
        var shown = snapshot.ResolveCulture(document, culture);
        if (shown is null)
        {
            return null;
        }

        var text = new StringBuilder(document.Cultures[shown].Name);
        var type = schema.FindContentType(document.ContentTypeAlias);
        var properties = type is null ? [] : schema.AllProperties(type);
        foreach (var property in properties)
        {
            if (!TextEditors.Contains(property.EditorAlias) || document.Value(property.Alias, shown) is not { } value)
            {
                continue;
            }

            foreach (var part in Strings(value))
            {
                text.Append('\n').Append(property.EditorAlias == PropertyEditorAliases.MarkdownEditor ? Markdown.ToPlainText(part) : part);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> Strings(JToken value) => value switch
    {
        JArray array => array.Where(t => t.Type == JTokenType.String).Select(t => t.Value<string>()!),
        { Type: JTokenType.String } => [value.Value<string>()!],
        _ => [],
    };
}
