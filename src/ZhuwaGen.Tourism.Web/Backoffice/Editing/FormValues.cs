using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Web.Backoffice.Editing.Recurrence;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing;

/// <summary>
/// Stored JSON values to what an HTML input shows, and posted strings back to the JSON each editor stores. Whatever
/// cannot be read (letters in a number) is passed on as typed, so the editor's validator names the problem.
/// </summary>
public static class FormValues
{
    private const string DateTimeInput = "yyyy-MM-dd'T'HH:mm";
    private static readonly char[] TagSeparators = [',', '，', '、', ';', '；'];

    /// <summary>The value as one input's text.</summary>
    public static string Display(FieldInput input, JToken? value)
    {
        if (value is null || value.Type == JTokenType.Null)
        {
            return string.Empty;
        }

        return input switch
        {
            FieldInput.Tags => string.Join(", ", StoredValues.Strings(value)),
            FieldInput.Lines => string.Join("\n", StoredValues.Strings(value)),
            FieldInput.DateTime => DateTimeText(value),
            FieldInput.Date => value.Type == JTokenType.Date ? value.Value<DateTime>().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value.ToString(),
            FieldInput.Toggle => IsOn(value) ? "true" : string.Empty,
            FieldInput.Select or FieldInput.CheckBoxes or FieldInput.Radios => string.Join(",", StoredValues.Strings(value)),
            _ when value is JValue { Value: IFormattable number } => number.ToString(null, CultureInfo.InvariantCulture),
            _ when value.Type == JTokenType.String => value.Value<string>() ?? string.Empty,
            _ => value.ToString(Newtonsoft.Json.Formatting.None),
        };
    }

    /// <summary>The JSON to store for what the form posted for one field named <paramref name="name"/>; null clears it.</summary>
    public static JToken? Read(FieldInput input, IFormCollection form, string name) => input switch
    {
        FieldInput.Recurrence => RecurrenceChoice.FromForm(form, name).ToRule() is { } rule ? new JValue(rule) : null,
        FieldInput.DateList => DateList(form[name]),
        _ => Parse(input, form.TryGetValue(name, out var posted) ? posted : StringValues.Empty),
    };

    /// <summary>The dates a date list shows, one picker each, in the order stored.</summary>
    public static IReadOnlyList<string> Dates(string stored) =>
        stored.Split([',', '，', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The JSON to store for what the form posted under one field; null clears the value.</summary>
    public static JToken? Parse(FieldInput input, StringValues posted)
    {
        var text = ((string?)posted.LastOrDefault() ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal);
        switch (input)
        {
            case FieldInput.Toggle:
                return posted.Count > 0;
            case FieldInput.Select or FieldInput.CheckBoxes:
                var chosen = posted.Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToList();
                return chosen.Count == 0 ? null : new JArray(chosen);
            case FieldInput.Tags:
                var tags = text.Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
                return tags.Count == 0 ? null : new JArray(tags);
            case FieldInput.Lines:
                var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                return lines.Length == 0 ? null : new JArray(lines);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return input switch
        {
            FieldInput.Integer when long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) => new JValue(whole),
            FieldInput.Decimal when decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => new JValue(number),
            // The phone's picker gives "2027-09-25T10:00"; stored as the wall-clock time in Asia/Shanghai, no offset.
            FieldInput.DateTime when DateTime.TryParseExact(text.Trim(), DateTimeInput, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall) =>
                new JValue(wall.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
            FieldInput.Email or FieldInput.Integer or FieldInput.Decimal or FieldInput.Date or FieldInput.DateTime or FieldInput.Radios or FieldInput.FormPicker => new JValue(text.Trim()),
            _ => new JValue(text),
        };
    }

    /// <summary>A short description of a value the screen cannot edit yet (a picker or block list): how many items.</summary>
    public static int Count(JToken? value) => value switch
    {
        null => 0,
        JArray array => array.Count,
        JObject block when block["contentData"] is JArray content => content.Count,
        { Type: JTokenType.Null } => 0,
        { Type: JTokenType.String } when string.IsNullOrWhiteSpace(value.Value<string>()) => 0,
        { Type: JTokenType.String } => value.Value<string>()!.Split(',', StringSplitOptions.RemoveEmptyEntries).Length,
        _ => 1,
    };

    // One date per picker; empty pickers (the one left for adding a date) drop out, the rest are kept as typed.
    private static JValue? DateList(StringValues posted)
    {
        var dates = posted.Select(d => d?.Trim()).Where(d => !string.IsNullOrEmpty(d)).Distinct().Order(StringComparer.Ordinal).ToList();
        return dates.Count == 0 ? null : new JValue(string.Join(", ", dates));
    }

    private static bool IsOn(JToken value) => value.Type switch
    {
        JTokenType.Boolean => value.Value<bool>(),
        JTokenType.Integer => value.Value<long>() != 0,
        JTokenType.String => value.Value<string>() is "1" or "true" or "True",
        _ => false,
    };

    // Content date-times are wall-clock times (see SiteClock); one stored with an offset is shown in Asia/Shanghai.
    private static string DateTimeText(JToken value)
    {
        if (value.Type == JTokenType.Date)
        {
            var date = value is JValue { Value: DateTimeOffset offset } ? offset.ToOffset(TimeSpan.FromHours(8)).DateTime : value.Value<DateTime>();
            return date.ToString(DateTimeInput, CultureInfo.InvariantCulture);
        }

        var text = value.ToString();
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            var wall = parsed.Kind == DateTimeKind.Unspecified ? parsed : parsed.ToUniversalTime().AddHours(8);
            return wall.ToString(DateTimeInput, CultureInfo.InvariantCulture);
        }

        return text;
    }
}
