using System.Globalization;
using System.Text.Json.Nodes;
using Ical.Net;
using ZhuwaGen.Tourism.Web.Site.Calendar;
using ZhuwaGen.Tourism.Web.Site.Events;

namespace ZhuwaGen.Tourism.Web.Site.Sharing;

/// <summary>A repeating event's rule as a schema.org <c>Schedule</c> (repeat frequency, weekdays, first and last date, times, skipped dates).</summary>
public static class EventSchedules
{
    public static JsonObject? Of(EventSchedule schedule)
    {
        if (schedule.Rule is not { } rule)
        {
            return null;
        }

        var every = rule.Interval > 1 ? rule.Interval : 1;
        var unit = rule.Frequency switch
        {
            FrequencyType.Daily => "D",
            FrequencyType.Weekly => "W",
            FrequencyType.Monthly => "M",
            _ => "Y",
        };
        var data = new JsonObject
        {
            ["@type"] = "Schedule",
            ["repeatFrequency"] = $"P{every}{unit}",
            ["startDate"] = Date(schedule.First.Start),
            ["startTime"] = schedule.First.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["endTime"] = schedule.First.End.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["scheduleTimezone"] = EventCalendar.TimeZone,
        };
        if (rule.ByDay.Count > 0)
        {
            data["byDay"] = new JsonArray(rule.ByDay.Select(d => JsonValue.Create("https://schema.org/" + d.DayOfWeek)).ToArray<JsonNode?>());
        }

        if (schedule.LastDay is { } lastDay)
        {
            data["endDate"] = Date(lastDay);
        }

        if (rule.Count is { } count)
        {
            data["repeatCount"] = count;
        }

        if (schedule.Skipped.Count > 0)
        {
            data["exceptDate"] = new JsonArray(schedule.Skipped.Select(d => JsonValue.Create(Date(d))).ToArray<JsonNode?>());
        }

        return data;
    }

    private static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
