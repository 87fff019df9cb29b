using System.Collections;
using System.Globalization;

namespace ZhuwaGen.Tourism.Cms.PublishedContent;

/// <summary>
/// Converts a published value to what a view asks for: the value itself when it is already a <c>T</c>; the first of a
/// list when one item is asked for; numbers between numeric types (a value that does not fit is the fallback, never
/// an exception); dates between DateTimeOffset and DateTime; anything to its text for <c>string</c>.
/// </summary>
internal static class TypedValue
{
    public static T? As<T>(object? value, T? fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IList list && value is not string && !typeof(IEnumerable).IsAssignableFrom(target))
        {
            return list.Count > 0 ? As(list[0], fallback) : fallback;
        }

        object? converted = (value, target) switch
        {
            (IEnumerable<string> texts, _) when target == typeof(string) => string.Join(", ", texts),
            (_, _) when target == typeof(string) => value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value.ToString(),
            (DateTimeOffset offset, _) when target == typeof(DateTime) => offset.UtcDateTime,
            (DateTime date, _) when target == typeof(DateTimeOffset) => new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)),
            (IConvertible, _) when target.IsPrimitive || target == typeof(decimal) => ConvertNumber(value, target),
            _ => null,
        };
        return converted is T result ? result : fallback;
    }

    public static bool IsPresent(object? value) => value switch
    {
        null => false,
        string text => !string.IsNullOrWhiteSpace(text),
        ICollection collection => collection.Count > 0,
        _ => true,
    };

    private static object? ConvertNumber(object value, Type target)
    {
        try
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is OverflowException or InvalidCastException or FormatException)
        {
            return null;
        }
    }
}
