using System.Text;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Search;

/// <summary>
/// What a visitor can search in one culture: the name and the search text of every property whose editor has some
/// (<see cref="IPropertyEditor.SearchText"/>: TextBox, TextArea, Markdown as plain text, Tags), each read in the
/// culture the item is shown in there, so an English search of an item without English finds its Chinese text as
/// the English page would show it.
/// </summary>
internal static class SearchText
{
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
            if (document.Value(property.Alias, shown) is not { } value)
            {
                continue;
            }

            foreach (var part in PropertyEditorRegistry.Default.Find(property.EditorAlias).SearchText(value))
            {
                text.Append('\n').Append(part);
            }
        }

        return text.ToString();
    }
}
