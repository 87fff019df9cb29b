using System.Globalization;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>
/// Reads stored property values (and filter operands) as comparable values of a <see cref="FieldKind"/>: dates as
/// UTC instants (a value without offset is taken as UTC), numbers as decimals, booleans, trimmed text, string sets.
/// A value that is missing, empty or unreadable is null: the item lacks the field.
/// </summary>
internal static class FieldValues
{
    private const DateTimeStyles DateStyles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;

    public static object? Read(FieldKind kind, JToken? token) => token switch
    {
        null or { Type: JTokenType.Null or JTokenType.Undefined } => null,
        { Type: JTokenType.Date } when kind == FieldKind.Date => ToUniversal(token.Value<DateTime>()),
        JArray array when kind is FieldKind.Tags or FieldKind.Choice => Set(array.Where(t => t.Type == JTokenType.String).Select(t => t.Value<string>()!)),
        { Type: JTokenType.Boolean } when kind == FieldKind.Boolean => token.Value<bool>(),
        { Type: JTokenType.Integer } when kind == FieldKind.Boolean => !StoredValues.TryGetDecimal(token, out var flag) || flag != 0,
        { Type: JTokenType.Integer or JTokenType.Float } when kind == FieldKind.Number => StoredValues.Decimal(token),
        JValue value => Parse(kind, Convert.ToString(value.Value, CultureInfo.InvariantCulture)),
        _ => null,
    };

    public static object? Parse(FieldKind kind, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        return kind switch
        {
            FieldKind.Date => ParseDate(text),
            FieldKind.Number => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
            FieldKind.Boolean => text switch
            {
                "1" => true,
                "0" => false,
                _ => bool.TryParse(text, out var flag) ? flag : null,
            },
            FieldKind.Text => text,
            _ => Set([text]),
        };
    }

    public static DateTime? ParseDate(string text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateStyles, out var date) ? date : null;

    public static DateTime ToUniversal(DateTime date) => date.Kind switch
    {
        DateTimeKind.Utc => date,
        DateTimeKind.Local => date.ToUniversalTime(),
        _ => DateTime.SpecifyKind(date, DateTimeKind.Utc),
    };

    /// <summary>
    /// A filter operand as <paramref name="kind"/> compares it: for text, tags and choices a set (any of; a string is a
    /// comma list), else a UTC date, a decimal or a boolean. Null when the operand cannot be read as that kind.
    /// </summary>
    public static object? Operand(FieldKind kind, object operand)
    {
        if (kind is FieldKind.Text or FieldKind.Tags or FieldKind.Choice)
        {
            return operand switch
            {
                string text => Set(text.Split(',')),
                IEnumerable<string> values => Set(values),
                _ => null,
            };
        }

        return (kind, operand) switch
        {
            (_, string text) => Parse(kind, text),
            (FieldKind.Date, DateTimeOffset date) => date.UtcDateTime,
            (FieldKind.Date, DateTime date) => ToUniversal(date),
            (FieldKind.Date, DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            (FieldKind.Number, int or long or short or byte or decimal) => Convert.ToDecimal(operand, CultureInfo.InvariantCulture),
            (FieldKind.Number, double or float) => StoredNumber(Convert.ToDouble(operand, CultureInfo.InvariantCulture)),
            (FieldKind.Boolean, bool flag) => flag,
            _ => null,
        };
    }

    private static decimal? StoredNumber(double number) =>
        double.IsFinite(number) && Math.Abs(number) < (double)decimal.MaxValue ? (decimal)number : null;

    /// <summary>Orders two values of one kind: text and choices ignore case, a choice by its first value.</summary>
    public static int Compare(object left, object right) => (left, right) switch
    {
        (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
        (string[] a, string[] b) => StringComparer.OrdinalIgnoreCase.Compare(a[0], b[0]),
        (IComparable a, _) => a.CompareTo(right),
        _ => 0,
    };

    private static string[]? Set(IEnumerable<string> values)
    {
        var set = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
        return set.Length == 0 ? null : set;
    }
}
