using Ical.Net;
using Ical.Net.DataTypes;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Events;

/// <summary>
/// A repeating event's rule in the visitor's words: "Every Saturday until 27 Nov 2027", "每星期六，至2027年11月27日".
/// The common rules (every n days, weeks on given weekdays, months, years; until a date or n times) are told in
/// full; the finer parts of a rule (the third Saturday of a month) are left to the dates listed beside it.
/// </summary>
public static class EventRepeats
{
    public static string? Describe(EventSchedule schedule, SiteText text)
    {
        if (schedule.Rule is not { } rule)
        {
            return null;
        }

        var every = rule.Interval > 1 ? rule.Interval : 1;
        var phrase = rule.Frequency switch
        {
            FrequencyType.Daily => every == 1 ? text["RepeatsDaily"] : text.Format("RepeatsEveryNDays", every),
            FrequencyType.Weekly => Weekly(rule, every, schedule.First.Start.DayOfWeek, text),
            FrequencyType.Monthly => every == 1 ? text["RepeatsMonthly"] : text.Format("RepeatsEveryNMonths", every),
            _ => text["RepeatsYearly"],
        };

        if (schedule.LastDay is { } lastDay)
        {
            return text.Format("RepeatsUntil", phrase, text.Date(lastDay));
        }

        return rule.Count is { } count ? text.Format("RepeatsTimes", phrase, count) : phrase;
    }

    private static string Weekly(RecurrencePattern rule, int every, DayOfWeek firstDay, SiteText text)
    {
        var days = rule.ByDay.Count > 0 ? rule.ByDay.Select(d => d.DayOfWeek).Distinct().ToList() : [firstDay];
        var names = string.Join(text["ListSeparator"], days.Select(d => text.UiCulture.DateTimeFormat.GetDayName(d)));
        return every == 1 ? text.Format("RepeatsWeekly", names) : text.Format("RepeatsEveryNWeeks", every, names);
    }
}
