using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>The shape shared by plain text editors: the text as a string, searchable and comparable as text.</summary>
internal abstract class TextEditor : PropertyEditor
{
    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        TextRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => StoredValues.Text(value);

    public override IEnumerable<string> SearchText(JToken value) =>
        value.Type == JTokenType.String ? [value.Value<string>()!] : [];
}
