using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.TrueFalse: a boolean (or Umbraco's 0/1), converted to <c>bool</c>; no value is false, as in Umbraco.</summary>
internal sealed class TrueFalseEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.TrueFalse];

    public override FieldKind? QueryKind => FieldKind.Boolean;

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        TrueFalseRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => value?.Type switch
    {
        JTokenType.Boolean => value.Value<bool>(),
        JTokenType.Integer => StoredValues.TryGetDecimal(value, out var number) ? number != 0 : true,
        JTokenType.String => value.Value<string>() is "1" or "true" or "True",
        _ => false,
    };
}
