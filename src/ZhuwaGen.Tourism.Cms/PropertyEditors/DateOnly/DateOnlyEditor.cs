using System.Globalization;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Umbraco.DateOnly: yyyy-MM-dd, converted to <c>DateOnly?</c>; queried as a date (midnight UTC).</summary>
internal sealed class DateOnlyEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.DateOnly];

    public override FieldKind? QueryKind => FieldKind.Date;

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        DateRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => value?.Type switch
    {
        JTokenType.Date => DateOnly.FromDateTime(value.Value<DateTime>()),
        JTokenType.String when DateOnly.TryParseExact(
            value.Value<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => null,
    };
}
