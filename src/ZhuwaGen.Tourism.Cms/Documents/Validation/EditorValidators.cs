using ZhuwaGen.Tourism.Cms.Documents.Validation.Editors;

namespace ZhuwaGen.Tourism.Cms.Documents.Validation;

/// <summary>The editor rules by editor alias. Editors without an entry (Label, unknown ones) accept any value.</summary>
internal sealed class EditorValidators
{
    private readonly Dictionary<string, IEditorValidator> _byAlias = new(StringComparer.Ordinal);

    public EditorValidators(IEnumerable<IEditorValidator> validators)
    {
        foreach (var validator in validators)
        {
            foreach (var alias in validator.EditorAliases)
            {
                _byAlias[alias] = validator;
            }
        }
    }

    public static EditorValidators Default { get; } = new(
    [
        new TextValidator(),
        new NumberValidator(),
        new TrueFalseValidator(),
        new DateValidator(),
        new StringListValidator(),
        new ChoiceValidator(),
        new ContentPickerValidator(),
        new MediaPickerValidator(),
        new MultiUrlPickerValidator(),
        new BlockListValidator(),
    ]);

    public IEditorValidator? Find(string editorAlias) => _byAlias.GetValueOrDefault(editorAlias);
}
