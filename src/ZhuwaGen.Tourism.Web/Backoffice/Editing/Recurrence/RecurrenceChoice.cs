using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing.Recurrence;

/// <summary>
/// An event's repeat rule as the editor chooses it — how often, every how many, on which weekdays, until when — and
/// the iCalendar RRULE it stands for. Rules the choices cannot say (the third Saturday of a month) stay as a custom
/// rule, shown and kept as written. Values are kept as typed, so a refused save shows what the editor entered.
/// </summary>
public sealed record RecurrenceChoice(
    string Frequency,
    string Interval,
    IReadOnlyList<string> Days,
    string Ends,
    string Until,
    string Count,
    string Rule)
{
    public const string None = "none";
    public const string Custom = "custom";
    public const string Never = "never";
    public const string OnDate = "until";
    public const string AfterTimes = "count";

    /// <summary>The frequencies offered, in the order shown.</summary>
    public static readonly IReadOnlyList<string> Frequencies = [None, "DAILY", "WEEKLY", "MONTHLY", "YEARLY", Custom];

    /// <summary>RRULE weekday codes, Monday first as a Chinese calendar shows them.</summary>
    public static readonly IReadOnlyList<(string Code, DayOfWeek Day)> Weekdays =
    [
        ("MO", DayOfWeek.Monday), ("TU", DayOfWeek.Tuesday), ("WE", DayOfWeek.Wednesday), ("TH", DayOfWeek.Thursday),
        ("FR", DayOfWeek.Friday), ("SA", DayOfWeek.Saturday), ("SU", DayOfWeek.Sunday),
    ];

    public static RecurrenceChoice NoRepeat { get; } = new(None, "1", [], Never, string.Empty, string.Empty, string.Empty);

    /// <summary>The choices a stored rule stands for; a rule they cannot say is a custom one.</summary>
    public static RecurrenceChoice FromRule(string? rule)
    {
        if (string.IsNullOrWhiteSpace(rule))
        {
            return NoRepeat;
        }

        var text = rule.Trim();
        var custom = NoRepeat with { Frequency = Custom, Rule = text };
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length != 2 || !parts.TryAdd(pair[0].Trim(), pair[1].Trim()))
            {
                return custom;
            }
        }

        if (!parts.Remove("FREQ", out var frequency) || !Frequencies.Contains(frequency.ToUpperInvariant())
            || frequency.ToUpperInvariant() is None or Custom)
        {
            return custom;
        }

        var choice = NoRepeat with { Frequency = frequency.ToUpperInvariant() };
        if (parts.Remove("INTERVAL", out var interval))
        {
            if (!IsWhole(interval))
            {
                return custom;
            }

            choice = choice with { Interval = interval };
        }

        if (parts.Remove("BYDAY", out var byDay))
        {
            var days = byDay.Split(',').Select(d => d.Trim().ToUpperInvariant()).ToList();
            if (choice.Frequency != "WEEKLY" || days.Any(d => Weekdays.All(w => w.Code != d)))
            {
                return custom;
            }

            choice = choice with { Days = days };
        }

        if (parts.Remove("UNTIL", out var until))
        {
            if (!DateTime.TryParseExact(until, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastDay))
            {
                return custom;
            }

            choice = choice with { Ends = OnDate, Until = lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        }

        if (parts.Remove("COUNT", out var count))
        {
            if (choice.Ends != Never || !IsWhole(count))
            {
                return custom;
            }

            choice = choice with { Ends = AfterTimes, Count = count };
        }

        return parts.Count == 0 ? choice : custom;
    }

    /// <summary>What the recurrence inputs named <paramref name="name"/>.* posted; without them, the rule typed in the box.</summary>
    public static RecurrenceChoice FromForm(IFormCollection form, string name)
    {
        var frequency = form[name + ".freq"].ToString();
        if (!Frequencies.Contains(frequency))
        {
            // An older form or a script that only knows the text box: the box holds the rule.
            return FromRule(form[name].ToString());
        }

        return new RecurrenceChoice(
            frequency,
            form[name + ".interval"].ToString().Trim(),
            form[name + ".day"].Where(d => Weekdays.Any(w => w.Code == d)).Select(d => d!).ToList(),
            form[name + ".ends"].ToString() is OnDate or AfterTimes ? form[name + ".ends"].ToString() : Never,
            form[name + ".until"].ToString().Trim(),
            form[name + ".count"].ToString().Trim(),
            form[name].ToString().Trim());
    }

    /// <summary>
    /// The RRULE to store, or null for an event that does not repeat. A number or date that is not one is written as
    /// typed, so the schema's rule refuses the save and the editor sees what to fix.
    /// </summary>
    public string? ToRule()
    {
        switch (Frequency)
        {
            case None:
                return null;
            case Custom:
                return string.IsNullOrWhiteSpace(Rule) ? null : Rule.Trim();
        }

        var rule = "FREQ=" + Frequency;
        if (Interval.Length > 0 && Interval != "1")
        {
            rule += ";INTERVAL=" + Interval;
        }

        if (Frequency == "WEEKLY" && Days.Count > 0)
        {
            rule += ";BYDAY=" + string.Join(",", Weekdays.Where(w => Days.Contains(w.Code)).Select(w => w.Code));
        }

        if (Ends == OnDate)
        {
            var lastDay = DateTime.TryParseExact(Until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
                : Until;
            rule += ";UNTIL=" + lastDay;
        }
        else if (Ends == AfterTimes)
        {
            rule += ";COUNT=" + Count;
        }

        return rule;
    }

    private static bool IsWhole(string text) => text.Length is > 0 and <= 3 && text.All(char.IsAsciiDigit);
}
