using System.Globalization;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Entries;

/// <summary>
/// Checks submitted values against the form: each shown field by its type, required, pattern and min/max. Returns the
/// errors keyed by field alias (one list per field) and the values to keep: shown fields only, by their own alias.
/// </summary>
public static partial class EntryValidator
{
    public static (Dictionary<string, string[]> Errors, Dictionary<string, string[]> Values) Validate(
        FormDefinition form, IReadOnlyDictionary<string, string[]> submitted, FormMessages messages)
    {
        var values = new Dictionary<string, string[]>(submitted, StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var kept = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in form.Fields)
        {
            if (!ConditionEvaluator.IsVisible(form, field, values))
            {
                continue;
            }

            var given = values.TryGetValue(field.Alias, out var v) ? v.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x.Trim()).ToArray() : [];
            var problem = Check(field, given, messages);
            if (problem is not null)
            {
                errors[field.Alias] = [problem];
            }
            else if (given.Length > 0)
            {
                kept[field.Alias] = given;
            }
        }

        return (errors, kept);
    }

    private static string? Check(FormField field, string[] given, FormMessages messages)
    {
        if (given.Length == 0)
        {
            return field.Required ? messages.For(field, "required", field.RequiredErrorMessage) : null;
        }

        if (given.Length > 1 && !FieldTypes.IsMultiValue(field.Type))
        {
            return messages.For(field, "single");
        }

        var value = given[0];
        var typeProblem = field.Type switch
        {
            FieldType.ShortAnswer or FieldType.LongAnswer => field.Max is { } max && value.Length > max ? messages.For(field, "maxLength", argument: max) : null,
            FieldType.Email => EmailShape().IsMatch(value) ? null : messages.For(field, "email"),
            FieldType.Phone => PhoneShape().IsMatch(value) ? null : messages.For(field, "phone"),
            FieldType.Number => CheckNumber(field, value, messages),
            FieldType.Date => TryDate(value, out _) ? null : messages.For(field, "date"),
            FieldType.DateRange => CheckDateRange(field, given, messages),
            FieldType.Dropdown or FieldType.MultipleChoice =>
                given.All(g => field.PreValues.Any(p => string.Equals(p.Value, g, StringComparison.Ordinal))) ? null : messages.For(field, "choice"),
            FieldType.Checkbox => IsOn(value) || IsOff(value) ? (field.Required && !IsOn(value) ? messages.For(field, "required", field.RequiredErrorMessage) : null) : messages.For(field, "choice"),
            FieldType.DataConsent => IsOn(value) ? null : messages.For(field, "consent", field.RequiredErrorMessage),
            _ => null,
        };
        if (typeProblem is not null)
        {
            return typeProblem;
        }

        if (field.Pattern is { } pattern && given.Any(g => EditorPattern.Test(g, pattern) == PatternOutcome.DoesNotMatch))
        {
            return messages.For(field, "pattern", field.PatternInvalidErrorMessage);
        }

        return null;
    }

    private static string? CheckNumber(FormField field, string value, FormMessages messages)
    {
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return messages.For(field, "number");
        }

        if (field.Min is { } min && number < min)
        {
            return messages.For(field, "min", argument: min);
        }

        return field.Max is { } max && number > max ? messages.For(field, "max", argument: max) : null;
    }

    private static string? CheckDateRange(FormField field, string[] given, FormMessages messages)
    {
        if (given.Length != 2 || !TryDate(given[0], out var start) || !TryDate(given[1], out var end) || end < start)
        {
            return messages.For(field, "dateRange");
        }

        // Max on a date range is the longest span in days.
        return field.Max is { } max && end.DayNumber - start.DayNumber > max ? messages.For(field, "max", argument: max) : null;
    }

    /// <summary>An ISO date, alone or at the start of an ISO date-time ("2027-05-01", "2027-05-01T09:00"); nothing looser.</summary>
    public static bool TryDate(string value, out DateOnly date)
    {
        date = default;
        return value.Length >= 10 && (value.Length == 10 || value[10] is 'T' or ' ')
            && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    public static bool IsOn(string value) => value is "on" or "true" or "True" or "1" or "yes";

    private static bool IsOff(string value) => value is "off" or "false" or "False" or "0" or "no";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{4,19}$")]
    private static partial Regex PhoneShape();
}
