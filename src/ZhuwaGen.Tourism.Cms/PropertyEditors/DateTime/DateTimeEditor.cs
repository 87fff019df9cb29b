using System.Globalization;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Umbraco.DateTime: an ISO-8601 date-time, converted to a UTC <c>DateTimeOffset?</c>. A value without an offset is
/// taken as UTC, as the Delivery API and the query engine have always read it.
/// </summary>
internal sealed class DateTimeEditor : PropertyEditor
{
    public override IReadOnlyCollection<string> Aliases { get; } = [PropertyEditorAliases.DateTime];

    public override FieldKind? QueryKind => FieldKind.Date;

    public override void Validate(JToken value, JObject config, EditorValidationContext context) =>
        DateRules.Validate(value, config, context);

    public override object? Convert(JToken? value, PropertyConversion conversion) => Read(value);

    public static DateTimeOffset? Read(JToken? value)
    {
        DateTime? date = value?.Type switch
        {
            JTokenType.Date when value is JValue { Value: DateTimeOffset offset } => offset.UtcDateTime,
            JTokenType.Date => value.Value<DateTime>(),
            JTokenType.String when DateTime.TryParse(
                value.Value<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed) => parsed,
            _ => null,
        };
        return date switch
        {
            null => null,
            { Kind: DateTimeKind.Local } local => new DateTimeOffset(local.ToUniversalTime(), TimeSpan.Zero),
            { } other => new DateTimeOffset(DateTime.SpecifyKind(other, DateTimeKind.Utc), TimeSpan.Zero),
        };
    }
}
