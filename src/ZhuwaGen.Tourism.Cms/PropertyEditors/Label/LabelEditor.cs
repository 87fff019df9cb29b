using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Umbraco.Label, and the stand-in for an alias no unit knows: any value is accepted (labels are written by code,
/// not editors) and read as its text.
/// </summary>
internal sealed class LabelEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.Label];

    public override void Validate(JToken value, JObject config, EditorValidationContext context)
    {
    }

    public override object? Convert(JToken? value, PropertyConversion conversion) => StoredValues.Text(value);
}
