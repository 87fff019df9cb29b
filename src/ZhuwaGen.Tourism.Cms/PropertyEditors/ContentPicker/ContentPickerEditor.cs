using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.ContentPicker: one document UDI or key, converted to a <see cref="PickedKey"/> (or null).</summary>
internal sealed class ContentPickerEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.ContentPicker];

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        PickerRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) =>
        StoredValues.ParseKey(StoredValues.Text(value), "document") is { } key ? new PickedKey(key, PickedEntity.Document) : null;
}
