using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Calendar;

namespace ZhuwaGen.Tourism.Web.Site.Events;

/// <summary>
/// When an event takes place: its first time (start to end) and, for a repeating event, its iCalendar RRULE
/// (<c>recurrence</c>) and the dates it skips (<c>exceptionDates</c>), expanded with Ical.Net in Asia/Shanghai. Every
/// time lasts as long as the first. An RRULE Ical.Net cannot read leaves a one-off event rather than a broken page.
/// </summary>
public sealed class EventSchedule
{
    /// <summary>No expansion goes further than this, so an endless rule can never make a page loop.</summary>
    public const int MaxOccurrences = 1000;

    private readonly CalendarEvent? _calendarEvent;

    private EventSchedule(EventTimes first, RecurrencePattern? rule, IReadOnlyList<DateTime> skipped)
    {
        First = first;
        Rule = rule;
        Skipped = skipped;
        if (rule is not null)
        {
            _calendarEvent = new CalendarEvent
            {
                DtStart = new CalDateTime(first.Start, EventCalendar.TimeZone),
                Duration = Ical.Net.DataTypes.Duration.FromTimeSpanExact(first.End - first.Start),
            };
            _calendarEvent.RecurrenceRule = rule;
            foreach (var date in skipped)
            {
                _calendarEvent.ExceptionDates.Add(new CalDateTime(date + first.Start.TimeOfDay, EventCalendar.TimeZone));
            }
        }
    }

    public EventTimes First { get; }

    /// <summary>The recurrence rule, or null for a one-off event.</summary>
    public RecurrencePattern? Rule { get; }

    /// <summary>The dates (midnight, wall clock) a repeating event does not take place.</summary>
    public IReadOnlyList<DateTime> Skipped { get; }

    public bool Repeats => Rule is not null;

    /// <summary>The last day a repeating event may take place (its UNTIL, in China), or null when the rule has no end date.</summary>
    public DateTime? LastDay => Rule?.Until is { } until
        ? (until.HasTime ? until.ToTimeZone(EventCalendar.TimeZone).Value : until.Value).Date
        : null;

    public static EventSchedule? Of(PublishedItem item, string culture)
    {
        if (EventTimes.Of(item, culture) is not { } first)
        {
            return null;
        }

        return Create(first, item.Value<string>("recurrence", culture), item.Value<string>("exceptionDates", culture));
    }

    /// <summary>A schedule from the first time, an RRULE (or nothing) and dates as YYYY-MM-DD separated by commas.</summary>
    public static EventSchedule Create(EventTimes first, string? recurrence, string? exceptionDates)
    {
        var rule = ParseRule(recurrence);
        var skipped = rule is null ? [] : ParseDates(exceptionDates);
        return new EventSchedule(first, rule, skipped);
    }

    /// <summary>The times that overlap [<paramref name="from"/>, <paramref name="to"/>), in order, wall clock.</summary>
    public IEnumerable<EventTimes> Between(DateTime from, DateTime to) =>
        Occurrences(from - Length).Where(t => t.End > from || t.Start >= from).TakeWhile(t => t.Start < to);

    /// <summary>The time that is on at <paramref name="now"/>, else the next one, else the last one.</summary>
    public EventTimes Relevant(DateTime now) =>
        Between(now, DateTime.MaxValue).FirstOrDefault() ?? Occurrences(First.Start).LastOrDefault() ?? First;

    /// <summary>The next <paramref name="count"/> times not over at <paramref name="now"/>.</summary>
    public IReadOnlyList<EventTimes> Upcoming(DateTime now, int count) => Between(now, DateTime.MaxValue).Take(count).ToList();

    private TimeSpan Length => First.End - First.Start;

    /// <summary>Every time starting at or after <paramref name="from"/>, at most <see cref="MaxOccurrences"/>.</summary>
    private IEnumerable<EventTimes> Occurrences(DateTime from)
    {
        if (_calendarEvent is null)
        {
            if (First.Start >= from || First.End > from)
            {
                yield return First;
            }

            yield break;
        }

        var start = from < First.Start ? First.Start : from;
        var occurrences = _calendarEvent.GetOccurrences(new CalDateTime(start, EventCalendar.TimeZone)).Take(MaxOccurrences);
        foreach (var occurrence in occurrences)
        {
            var begins = DateTime.SpecifyKind(occurrence.Period.StartTime.Value, DateTimeKind.Unspecified);
            yield return new EventTimes(begins, begins + Length);
        }
    }

    private static RecurrencePattern? ParseRule(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            var rule = new RecurrencePattern(text.Trim());
            if (rule.Frequency < Ical.Net.FrequencyType.Daily)
            {
                // Hourly or finer would flood every list; the schema's rule refuses it, this guards older values.
                return null;
            }

            if (rule.Until is { HasTime: false } until)
            {
                // RFC 5545 wants UNTIL in UTC when DTSTART has a time zone; an editor writes the last day, meant
                // inclusively in China time, so it becomes the end of that day there.
                var lastMoment = until.Value.Date.AddDays(1).AddSeconds(-1);
                rule.Until = new CalDateTime(lastMoment, EventCalendar.TimeZone).ToTimeZone("UTC");
            }

            return rule;
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IReadOnlyList<DateTime> ParseDates(string? text) =>
        (text ?? string.Empty)
            .Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => DateTime.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateTime?)null)
            .OfType<DateTime>()
            .Distinct()
            .Order()
            .ToList();
}
