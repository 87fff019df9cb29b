using System.Globalization;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Events;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Route;
using ZhuwaGen.Tourism.Web.Site.Stays;

namespace ZhuwaGen.Tourism.Web.Site.Planner;

/// <summary>A stop as a box on the planner's form.</summary>
public sealed record StopChoice(string Id, RouteStop Stop, bool Chosen);

/// <summary>A day of the plan as the page shows it: its stops, the events on that date, and where to sleep after it.</summary>
public sealed record PlanDayView(TripDay Day, string Heading, string? Totals, IReadOnlyList<EventCard> Events, IReadOnlyList<StayCard> Stays, bool LastDay);

/// <summary>
/// The trip planner (type <c>tripPlanner</c>): a GET form (works without script, and its URL is the shareable plan)
/// and, once a start date is given, a day-by-day plan along the route with the way between stops, the events on each
/// day and guesthouses near where each day ends. Bad input never fails the page: it is named in <see cref="Problems"/>.
/// </summary>
public sealed record PlannerModel(
    SitePage Page,
    string Heading,
    ContentParts Content,
    string Today,
    int Days,
    string? From,
    IReadOnlyList<StopChoice> Choices,
    IReadOnlyList<string> Problems,
    IReadOnlyList<PlanDayView> Plan,
    string? ShareUrl) : ISiteView
{
    public static PlannerModel Build(SiteRequest request, PublishedItem item)
    {
        var text = request.Text;
        var asked = TripRequest.Read(request.Query, request.Clock.Today, key => text[key]);
        var problems = asked.Problems.ToList();
        var route = request.Section("route") is { } r ? RouteStop.Of(request, r) : [];
        var chosen = route.Where(s => asked.StopIds.Count == 0 || asked.StopIds.Contains(TripRequest.IdOf(s.Item.Key))).ToList();
        if (asked.StopIds.Count > 0 && chosen.Count < asked.StopIds.Count)
        {
            problems.Add(text["PlanUnknownStops"]);
        }

        if (chosen.Count == 0)
        {
            chosen = [.. route];
        }

        var page = request.Url(item) ?? request.HomeUrl;
        IReadOnlyList<PlanDayView> plan = [];
        string? share = null;
        if (asked.From is { } from && chosen.Count > 0)
        {
            var days = Math.Min(asked.Days, chosen.Count);
            // The events are read once for the whole plan, then each day takes the times that fall on it.
            var events = request.Section("eventList") is { } list ? EventCard.All(request, list) : [];
            plan = TripPlan.Make(route, chosen, from, days).Select(d => View(request, d, d.Number == days, events)).ToList();
            share = $"{page}?from={from:yyyy-MM-dd}&days={days}&stops={string.Join('.', chosen.Select(s => TripRequest.IdOf(s.Item.Key)))}";
        }

        return new PlannerModel(
            SitePageFactory.For(request, item),
            request.Name(item),
            ContentParts.Of(request, item),
            request.Clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            asked.Days,
            asked.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            route.Select(s => new StopChoice(TripRequest.IdOf(s.Item.Key), s, chosen.Contains(s))).ToList(),
            problems,
            plan,
            share);
    }

    private static PlanDayView View(SiteRequest request, TripDay day, bool last, IReadOnlyList<EventCard> allEvents)
    {
        var text = request.Text;
        var events = EventCard.Occurring(request, allEvents, day.Date, day.Date.AddDays(1));
        var end = day.Legs.LastOrDefault()?.Stop.Point;
        var stays = last || end is null ? [] : StayCard.Near(request, end.Value, StayRadiusKm);
        var totals = day.Kilometres > 0 ? text.Format("PlanDayTotals", text.Number(day.Kilometres), day.Minutes) : null;
        return new PlanDayView(day, text.Format("PlanDay", day.Number, text.Date(day.Date) + " " + day.Date.ToString("dddd", text.UiCulture)), totals, events, stays, last);
    }

    /// <summary>How far from a day's last stop a guesthouse is offered for the night: the length of the whole valley road.</summary>
    public const double StayRadiusKm = 20;
}
