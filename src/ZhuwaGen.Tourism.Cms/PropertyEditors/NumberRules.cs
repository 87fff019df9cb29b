using System.Globalization;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>Integer and Decimal: a number (or numeric string) within the configured min and max.</summary>
internal static class NumberRules
{
    public static void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        var wholeOnly = context.EditorAlias == PropertyEditorAliases.Integer;
        var min = JsonValues.ConfigDecimal(config, "min");
        var max = JsonValues.ConfigDecimal(config, "max");
        // Umbraco saves max 0 for "no maximum"; only a negative range makes 0 a real upper bound.
        if (max == 0 && (min is null || min >= 0))
        {
            max = null;
        }

        var ok = JsonValues.TryGetDecimal(value, out var number)
            && (!wholeOnly || number == decimal.Truncate(number))
            && (min is null || number >= min)
            && (max is null || number <= max);
        if (!ok)
        {
            context.Fail(Describe(wholeOnly ? "a whole number" : "a number", min, max));
        }
    }

    private static string Describe(string what, decimal? min, decimal? max) => (min, max) switch
    {
        ({ } low, { } high) => $"Enter {what} between {Format(low)} and {Format(high)}.",
        ({ } low, null) => $"Enter {what} of at least {Format(low)}.",
        (null, { } high) => $"Enter {what} of at most {Format(high)}.",
        _ => $"Enter {what}.",
    };

    private static string Format(decimal number) => number.ToString("0.############", CultureInfo.InvariantCulture);
}
