using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Umbraco.MultiNodeTreePicker: comma-separated document or media UDIs within the configured count, converted to
/// <c>IReadOnlyList&lt;PickedKey&gt;</c> in the order picked (UDIs of other entities are left out).
/// </summary>
internal sealed class MultiNodeTreePickerEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.MultiNodeTreePicker];

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        PickerRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion)
    {
        var picked = new List<PickedKey>();
        foreach (var udi in StoredValues.Strings(value))
        {
            if (StoredValues.ParseKey(udi, "document") is { } key)
            {
                picked.Add(new PickedKey(key, PickedEntity.Document));
            }
            else if (StoredValues.ParseKey(udi, "media") is { } mediaKey)
            {
                picked.Add(new PickedKey(mediaKey, PickedEntity.Media));
            }
        }

        return picked;
    }
}
