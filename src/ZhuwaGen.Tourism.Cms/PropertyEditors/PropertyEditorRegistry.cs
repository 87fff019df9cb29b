using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Rendering;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Editor alias → its unit. An explicit list, no scanning: adding an editor is adding a folder and a line here.
/// An alias no unit knows (the schema rules report it) reads like a Label: any value, read as text.
/// </summary>
internal sealed class PropertyEditorRegistry
{
    private readonly Dictionary<string, IPropertyEditor> _byAlias = new(StringComparer.Ordinal);

    public PropertyEditorRegistry(IEnumerable<IPropertyEditor> editors)
    {
        foreach (var editor in editors)
        {
            foreach (var alias in editor.Aliases)
            {
                _byAlias.Add(alias, editor);
            }
        }
    }

    /// <summary>The units of every editor in <see cref="PropertyEditorAliases.Known"/>. Immutable, so one instance serves all.</summary>
    public static PropertyEditorRegistry Default { get; } = new(
    [
        new TextBoxEditor(),
        new TextAreaEditor(),
        new RichTextEditor(),
        new MarkdownEditorEditor(new MarkdownRenderer()),
        new EmailAddressEditor(),
        new LabelEditor(),
        new IntegerEditor(),
        new DecimalEditor(),
        new TrueFalseEditor(),
        new DateTimeEditor(),
        new DateOnlyEditor(),
        new TagsEditor(),
        new MultipleTextstringEditor(),
        new DropDownEditor(),
        new CheckBoxListEditor(),
        new RadioButtonListEditor(),
        new ContentPickerEditor(),
        new MultiNodeTreePickerEditor(),
        new MediaPicker3Editor(),
        new MultiUrlPickerEditor(),
        new BlockListEditor(),
        new FormPickerEditor(),
    ]);

    private static readonly IPropertyEditor Fallback = new LabelEditor();

    public bool IsKnown(string editorAlias) => _byAlias.ContainsKey(editorAlias);

    /// <summary>The unit for an alias (legacy aliases included), or the Label-like fallback.</summary>
    public IPropertyEditor Find(string editorAlias) =>
        _byAlias.GetValueOrDefault(PropertyEditorAliases.Legacy.GetValueOrDefault(editorAlias, editorAlias)) ?? Fallback;

    public IEnumerable<string> Aliases => _byAlias.Keys;
}
