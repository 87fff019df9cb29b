using System.Globalization;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Events;

/// <summary>A day of the month view and the events on it (a repeating event once per time, a long one on each of its days).</summary>
public sealed record MonthDay(DateTime Date, bool IsToday, IReadOnlyList<EventCard> Events)
{
    public string Anchor => "d" + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// The month view of the events list, chosen with <c>?month=YYYY-MM</c> (this month by default, China time): a
/// Monday-first grid of the month whose days with events link to that day's events listed below it, and links to
/// the months before and after. A month that cannot be read gives this month and says why.
/// </summary>
public sealed record EventMonth(
    string Title,
    string? PreviousUrl,
    string? NextUrl,
    IReadOnlyList<string> WeekdayNames,
    IReadOnlyList<IReadOnlyList<MonthDay?>> Weeks,
    IReadOnlyList<MonthDay> DaysWithEvents,
    string? Problem)
{
    public const string QueryKey = "month";
    private static readonly DateTime Earliest = new(2000, 1, 1);
    private static readonly DateTime Latest = new(2100, 12, 1);

    public static EventMonth Build(SiteRequest request, PublishedItem eventList, IReadOnlyList<EventCard> events)
    {
        var text = request.Text;
        var (first, problem) = Asked(request);
        var next = first.AddMonths(1);
        var days = Enumerable.Range(0, (next - first).Days)
            .Select(d => first.AddDays(d))
            .ToDictionary(d => d, d => new List<EventCard>());
        foreach (var occurrence in EventCard.Occurring(request, events, first, next))
        {
            // A time that ends at midnight does not reach into the day that begins then.
            var lastDay = occurrence.Times.End > occurrence.Times.Start && occurrence.Times.End.TimeOfDay == TimeSpan.Zero
                ? occurrence.Times.End.Date.AddDays(-1)
                : occurrence.Times.End.Date;
            for (var day = occurrence.Times.Start.Date; day <= lastDay; day = day.AddDays(1))
            {
                days.GetValueOrDefault(day)?.Add(occurrence);
            }
        }

        var today = request.Clock.Today;
        var monthDays = days.OrderBy(d => d.Key).Select(d => new MonthDay(d.Key, d.Key == today, d.Value)).ToList();
        var url = request.Url(eventList);
        return new EventMonth(
            first.ToString(text["MonthFormat"], text.UiCulture),
            url is null || first <= Earliest ? null : MonthUrl(url, first.AddMonths(-1)),
            url is null || first >= Latest ? null : MonthUrl(url, next),
            Enumerable.Range(0, 7).Select(i => text.UiCulture.DateTimeFormat.GetAbbreviatedDayName((DayOfWeek)((i + 1) % 7))).ToList(),
            Grid(monthDays),
            monthDays.Where(d => d.Events.Count > 0).ToList(),
            problem is null ? null : text.Format("BadMonth", problem));
    }

    private static (DateTime First, string? Problem) Asked(SiteRequest request)
    {
        var thisMonth = new DateTime(request.Clock.Today.Year, request.Clock.Today.Month, 1);
        var asked = request.Query[QueryKey].ToString();
        if (asked.Length == 0)
        {
            return (thisMonth, null);
        }

        return DateTime.TryParseExact(asked, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month >= Earliest && month <= Latest
            ? (month, null)
            : (thisMonth, asked.Length > 40 ? asked[..40] + "…" : asked);
    }

    private static string MonthUrl(string listUrl, DateTime month) =>
        $"{listUrl}?{QueryKey}={month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}#{QueryKey}";

    /// <summary>The month's days in weeks from Monday, with empty cells before the 1st and after the last day.</summary>
    private static IReadOnlyList<IReadOnlyList<MonthDay?>> Grid(IReadOnlyList<MonthDay> days)
    {
        var lead = ((int)days[0].Date.DayOfWeek + 6) % 7;
        var cells = Enumerable.Repeat<MonthDay?>(null, lead).Concat(days).ToList();
        while (cells.Count % 7 != 0)
        {
            cells.Add(null);
        }

        return cells.Chunk(7).Select(w => (IReadOnlyList<MonthDay?>)w).ToList();
    }
}
