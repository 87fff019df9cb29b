using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Events;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Calendar;

/// <summary>
/// Events as iCalendar (RFC 5545, with Ical.Net): one VEVENT per event, its times in Asia/Shanghai as entered (a
/// repeating event with its RRULE and EXDATEs), its page as URL, its stop as LOCATION, the item key as UID so a
/// subscribed calendar updates rather than duplicates.
/// </summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    public const string TimeZone = "Asia/Shanghai";

    public static string Write(SiteRequest request, IEnumerable<PublishedItem> events, string origin, string name)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//ZhuwaGen Tourism//Site//" + request.Culture.ToUpperInvariant() };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", TimeZone);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(TimeZone));
        foreach (var item in events)
        {
            if (EventCard.Of(request, item) is not { } card)
            {
                continue;
            }

            var url = request.Url(item);
            var first = card.Schedule.First;
            var calendarEvent = new CalendarEvent
            {
                Uid = item.Key.ToString("D") + "@zhuwagen.tourism",
                Summary = card.Card.Title,
                Description = card.Card.Summary,
                Location = card.Venue.Text,
                Url = url is null ? null : new Uri(origin + url),
                DtStart = new CalDateTime(first.Start, TimeZone),
                DtEnd = new CalDateTime(first.End > first.Start ? first.End : first.Start.AddHours(1), TimeZone),
                DtStamp = new CalDateTime(DateTime.SpecifyKind(item.UpdateDate, DateTimeKind.Utc)),
            };
            if (card.Schedule.Rule is { } rule)
            {
                // The rule itself, not its expansion: calendar apps repeat the event and keep following it.
                calendarEvent.RecurrenceRule = rule;
                foreach (var skipped in card.Schedule.Skipped)
                {
                    calendarEvent.ExceptionDates.Add(new CalDateTime(skipped + first.Start.TimeOfDay, TimeZone));
                }
            }

            calendar.Events.Add(calendarEvent);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The events a calendar URL stands for: all of them under the root or the events list, those at a stop, or one event.</summary>
    public static IReadOnlyList<PublishedItem>? EventsOf(SiteRequest request, PublishedItem item) => item.ContentTypeAlias switch
    {
        "event" => [item],
        "routeStop" => All(request).Where(e => e.Value<PublishedItem>("venue", request.Culture)?.Key == item.Key).ToList(),
        "site" or "eventList" => All(request),
        _ => null,
    };

    private static IReadOnlyList<PublishedItem> All(SiteRequest request) =>
        request.Section("eventList")?.Children(request.Culture).Where(c => c.ContentTypeAlias == "event").ToList() ?? [];
}
