using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.TextArea: several lines of text (maxChars), a string; searchable, not a query field (too long to compare).</summary>
internal sealed class TextAreaEditor : TextEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.TextArea];
}
