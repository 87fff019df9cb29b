using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Web.Site.Planner;

/// <summary>
/// What a visitor asked the planner for, read from the query string so the plan's URL is the plan:
/// <c>?from=2027-05-01&amp;days=2&amp;stops=1a2b3c4d.5e6f7a8b</c> (the first 8 hex digits of each stop's key, stable
/// when editors rename or reorder). Nothing here fails: what cannot be used is dropped with a message for the page.
/// </summary>
public sealed record TripRequest(DateTime? From, int Days, IReadOnlyList<string> StopIds, IReadOnlyList<string> Problems)
{
    public const int MaxDays = 7;
    public const int DefaultDays = 2;
    public const int MaxStops = 50;
    public const int StopIdLength = 8;

    /// <summary>How far ahead a plan may start; further is almost surely a typo.</summary>
    public const int MaxDaysAhead = 730;

    public static TripRequest Read(IQueryCollection query, DateTime today, Func<string, string> text)
    {
        var problems = new List<string>();
        DateTime? from = null;
        var fromText = query["from"].ToString();
        if (fromText.Length > 0)
        {
            if (!DateTime.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add(text("PlanDateUnreadable"));
            }
            else if (date < today)
            {
                problems.Add(text("PlanDatePast"));
            }
            else if (date > today.AddDays(MaxDaysAhead))
            {
                problems.Add(text("PlanDateTooFar"));
            }
            else
            {
                from = date;
            }
        }

        var days = DefaultDays;
        var daysText = query["days"].ToString();
        if (daysText.Length > 0)
        {
            if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days < 1 || days > MaxDays)
            {
                problems.Add(string.Format(CultureInfo.InvariantCulture, text("PlanDaysRange"), MaxDays));
                days = Math.Clamp(days, 1, MaxDays);
            }
        }

        // Stops come as one dotted value (the shared link) or as one value per ticked box (the form).
        var ids = query["stops"].SelectMany(v => (v ?? string.Empty).Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(id => id.ToLowerInvariant())
            .Distinct()
            .ToList();
        if (ids.Count > MaxStops)
        {
            problems.Add(text("PlanTooManyStops"));
            ids = [];
        }

        return new TripRequest(from, days, ids, problems);
    }

    public static string IdOf(Guid key) => key.ToString("N")[..StopIdLength];
}
