using System.Globalization;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;
using ZhuwaGen.Tourism.Web.Site.Events;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Backoffice.Editing.Recurrence;

/// <summary>
/// What a repeat rule means for this event, in the words and with the dates the site will show: "每星期六，至2027年
/// 11月27日" and the next few dates, from the event's start and end and the dates it skips (the site's own
/// <see cref="EventSchedule"/> and <see cref="EventRepeats"/>), so the editor checks the rule before visitors see it.
/// </summary>
public sealed class RecurrenceSummary(SiteClock clock)
{
    public const int DatesShown = 5;

    private const string Start = "startDate";
    private const string End = "endDate";
    private const string Skipped = "exceptionDates";

    public RecurrenceView Describe(DocumentData data, string? rule, BackofficeText text)
    {
        var siteText = new SiteText(text.Language == UiLanguage.English ? "en" : "zh-Hans");
        if (WallClock(data.GetValue(Start, null)) is not { } start)
        {
            return new RecurrenceView(null, [], string.IsNullOrWhiteSpace(rule) ? null : text["RepeatsNeedsStart"]);
        }

        var end = WallClock(data.GetValue(End, null)) is { } e && e >= start ? e : start;
        var schedule = EventSchedule.Create(new EventTimes(start, end), rule, StoredValues.Text(data.GetValue(Skipped, null)));
        if (!schedule.Repeats)
        {
            return new RecurrenceView(null, [], null);
        }

        var from = clock.Now > start ? clock.Now : start;
        var next = schedule.Upcoming(from, DatesShown)
            .Select(t => t.Start.ToString(siteText["DateFormat"], siteText.UiCulture) + " " + t.Start.ToString("ddd", siteText.UiCulture))
            .ToList();
        return new RecurrenceView(EventRepeats.Describe(schedule, siteText), next, next.Count == 0 ? text["RepeatsNoMoreDates"] : null);
    }

    // Event dates are wall-clock times in China, stored without an offset (see SiteClock).
    private static DateTime? WallClock(JToken? value)
    {
        var shown = FormValues.Display(FieldInput.DateTime, value);
        return DateTime.TryParseExact(shown, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall) ? wall : null;
    }
}

/// <summary>The rule in words, the next dates it gives, and a note when it gives none (or has no start to count from).</summary>
public sealed record RecurrenceView(string? Words, IReadOnlyList<string> NextDates, string? Note);
