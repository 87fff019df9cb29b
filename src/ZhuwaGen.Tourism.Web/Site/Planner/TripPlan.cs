using ZhuwaGen.Tourism.Web.Site.Route;

namespace ZhuwaGen.Tourism.Web.Site.Planner;

/// <summary>One day of a plan: its date, its stops in route order with the way from the stop before, and the totals.</summary>
public sealed record TripDay(int Number, DateTime Date, IReadOnlyList<TripLeg> Legs)
{
    public decimal Kilometres => Legs.Sum(l => l.Kilometres ?? 0);

    public long Minutes => Legs.Sum(l => l.Minutes ?? 0);
}

/// <summary>A stop in a day, with the distance and time from the previous stop of the plan (null for the first of all).</summary>
public sealed record TripLeg(RouteStop Stop, decimal? Kilometres, long? Minutes);

/// <summary>
/// Splits the chosen stops, in route order, over the days: earlier days take the extra stop when they do not divide
/// evenly (five stops over two days are three and two, as the route's own guide suggests). The way between two
/// chosen stops is the sum of the route's legs between them, so skipping a stop still counts the road through it.
/// </summary>
public static class TripPlan
{
    public static IReadOnlyList<TripDay> Make(IReadOnlyList<RouteStop> route, IReadOnlyList<RouteStop> chosen, DateTime from, int days)
    {
        var legs = new List<TripLeg>();
        RouteStop? previous = null;
        foreach (var stop in chosen)
        {
            legs.Add(previous is null ? new TripLeg(stop, null, null) : Between(route, previous, stop));
            previous = stop;
        }

        var plan = new List<TripDay>();
        var taken = 0;
        for (var day = 0; day < days; day++)
        {
            var left = legs.Count - taken;
            var count = (left + (days - day) - 1) / (days - day);
            plan.Add(new TripDay(day + 1, from.AddDays(day), legs.Skip(taken).Take(count).ToList()));
            taken += count;
        }

        return plan;
    }

    private static TripLeg Between(IReadOnlyList<RouteStop> route, RouteStop from, RouteStop to)
    {
        var passed = route.Where(s => s.Number > from.Number && s.Number <= to.Number).ToList();
        var km = passed.All(s => s.LegKm is not null) ? passed.Sum(s => s.LegKm!.Value) : (decimal?)null;
        var minutes = passed.All(s => s.LegMinutes is not null) ? passed.Sum(s => s.LegMinutes!.Value) : (long?)null;
        return new TripLeg(to, km, minutes);
    }
}
