using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Umbraco.Forms.FormPicker: one form's key as a string, as Umbraco Forms stores it, converted to a
/// <see cref="PickedForm"/>. A key that is not a form of the site is refused on save, so a page never points at a
/// form its visitors cannot fill in.
/// </summary>
internal sealed class FormPickerEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.FormPicker];

    public override void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        if (!JsonValues.TryGetString(value, out var text) || !Guid.TryParse(text, out var key))
        {
            context.Fail("Choose a form (its key).");
        }
        else if (!context.Forms.Exists(key))
        {
            context.Fail($"There is no form {key:D}.");
        }
    }

    public override object? Convert(JToken? value, PropertyConversion conversion) =>
        Guid.TryParse(StoredValues.Text(value), out var key) ? new PickedForm(key) : null;
}
