using System.Globalization;
using System.Numerics;
using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// Tolerant readers for stored values, shared by the converters: text, string lists, keys and numbers. Values come
/// from several clients and from before validation existed, so every reader answers "nothing" rather than throwing.
/// </summary>
public static class StoredValues
{
    /// <summary>A scalar as invariant text; objects and arrays as compact JSON; null for null.</summary>
    public static string? Text(JToken? value) => value switch
    {
        null or { Type: JTokenType.Null or JTokenType.Undefined } => null,
        JValue { Value: IFormattable formattable } => formattable.ToString(null, CultureInfo.InvariantCulture),
        JValue plain => plain.Value?.ToString(),
        _ => value.ToString(Newtonsoft.Json.Formatting.None),
    };

    /// <summary>Arrays of strings, a JSON array kept as a string, or a comma-separated string (older tag storage).</summary>
    public static IReadOnlyList<string> Strings(JToken? value)
    {
        switch (value)
        {
            case JArray array:
                return array.Select(Text).OfType<string>().ToList();
            case { Type: JTokenType.String }:
                var text = value.Value<string>()!.Trim();
                if (text.StartsWith('['))
                {
                    try
                    {
                        return Strings(JArray.Parse(text));
                    }
                    catch (Newtonsoft.Json.JsonReaderException)
                    {
                        // Not JSON after all: treat it as a comma list.
                    }
                }

                return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            default:
                return [];
        }
    }

    /// <summary>A key from "umb://{entity}/{32 hex}" or a plain GUID.</summary>
    public static Guid? ParseKey(string? text, string entity)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var prefix = $"umb://{entity}/";
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return Guid.TryParseExact(text[prefix.Length..], "N", out var udiKey) ? udiKey : null;
        }

        return !text.StartsWith("umb://", StringComparison.OrdinalIgnoreCase) && Guid.TryParse(text, out var key) ? key : null;
    }

    /// <summary>
    /// A number or numeric string as a decimal; false when it is not one or does not fit (1e40, a 40-digit integer),
    /// which Newtonsoft would otherwise report with an OverflowException or, for big integers, an InvalidCastException.
    /// </summary>
    public static bool TryGetDecimal(JToken? value, out decimal number)
    {
        number = 0;
        switch (value)
        {
            case JValue { Value: BigInteger big }:
                if (big < (BigInteger)decimal.MinValue || big > (BigInteger)decimal.MaxValue)
                {
                    return false;
                }

                number = (decimal)big;
                return true;
            case JValue { Value: double or float } floating:
                var d = System.Convert.ToDouble(floating.Value, CultureInfo.InvariantCulture);
                if (double.IsNaN(d) || double.IsInfinity(d) || Math.Abs(d) >= (double)decimal.MaxValue)
                {
                    return false;
                }

                number = (decimal)d;
                return true;
            case JValue { Value: long or int or decimal } whole:
                number = System.Convert.ToDecimal(whole.Value, CultureInfo.InvariantCulture);
                return true;
            case { Type: JTokenType.String }:
                return decimal.TryParse(value.Value<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
            default:
                return false;
        }
    }

    public static decimal? Decimal(JToken? value) => TryGetDecimal(value, out var number) ? number : null;
}
