using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.Decimal: a number within the configured range, converted to <c>decimal?</c>.</summary>
internal sealed class DecimalEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.Decimal];

    public override FieldKind? QueryKind => FieldKind.Number;

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        NumberRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => StoredValues.Decimal(value);
}
