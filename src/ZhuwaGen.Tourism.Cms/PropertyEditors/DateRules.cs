using System.Globalization;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>DateTime: an ISO-8601 date-time; DateOnly: yyyy-MM-dd.</summary>
internal static class DateRules
{
    // ISO-8601 only (DateTime.TryParse alone would accept "04/05/2024", whose meaning depends on the reader);
    // the space separator is how Umbraco itself stores dates.
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK",
    ];

    public static void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        if (context.EditorAlias == PropertyEditorAliases.DateOnly)
        {
            if (!IsDateOnly(value))
            {
                context.Fail("Enter a date as yyyy-MM-dd, such as 2025-06-30.");
            }

            return;
        }

        if (!IsDateTime(value))
        {
            context.Fail("Enter a date and time in ISO-8601 form, such as 2025-06-30T14:00:00Z.");
        }
    }

    private static bool IsDateTime(JToken value) =>
        value.Type == JTokenType.Date
        || (value.Type == JTokenType.String && DateTime.TryParseExact(
            value.Value<string>(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _));

    private static bool IsDateOnly(JToken value) => value.Type switch
    {
        // Newtonsoft may already have turned "2025-06-30" into a date while parsing.
        JTokenType.Date => value.Value<DateTime>().TimeOfDay == TimeSpan.Zero,
        JTokenType.String => DateOnly.TryParseExact(
            value.Value<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => false,
    };
}
