using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Umbraco.Integer: a whole number within the configured range, converted to <c>long?</c>. A stored value that is
/// not whole (saved before validation) converts to its <c>decimal</c>, so nothing is silently rounded.
/// </summary>
internal sealed class IntegerEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.Integer];

    public override FieldKind? QueryKind => FieldKind.Number;

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        NumberRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => StoredValues.Decimal(value) switch
    {
        null => null,
        { } whole when whole == decimal.Truncate(whole) && Math.Abs(whole) <= long.MaxValue => (long)whole,
        { } other => other,
    };
}
