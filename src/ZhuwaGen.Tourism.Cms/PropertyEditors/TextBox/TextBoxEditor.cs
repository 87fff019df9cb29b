using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.TextBox: one line of text (maxChars), a string; filterable and sortable as text.</summary>
internal sealed class TextBoxEditor : TextEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.TextBox];

    public override FieldKind? QueryKind => FieldKind.Text;
}
