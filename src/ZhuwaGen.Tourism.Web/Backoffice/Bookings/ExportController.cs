using System.Text;
using Microsoft.AspNetCore.Mvc;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// The owner's bookings as CSV, for their accounts or a spreadsheet: every guesthouse they manage, or one with
/// <c>?guesthouse=</c> (404 when it is not theirs).
/// </summary>
public sealed class ExportController(GuesthouseAccess access, BookingService bookings) : BookingsController
{
    [HttpGet(BackofficeRoutes.Bookings + "/export.csv")]
    public async Task<IActionResult> ExportAsync(Guid? guesthouse, CancellationToken cancellationToken)
    {
        var all = await access.ForAsync(User, ShellContext.Text(HttpContext).Language, cancellationToken);
        var chosen = guesthouse is { } key ? all.Where(g => g.Key == key).ToList() : all.ToList();
        if (guesthouse is not null && chosen.Count == 0)
        {
            return NotFound();
        }

        var byKey = chosen.ToDictionary(g => g.Key);
        var csv = new StringBuilder(BookingCsv.Header);
        foreach (var booking in (await bookings.ListForContentAsync(byKey.Keys, cancellationToken)).OrderBy(b => b.FirstNight).ThenBy(b => b.CreatedUtc))
        {
            var house = byKey[booking.ContentId];
            csv.Append(BookingCsv.Row(booking, house.Name, house.RoomTypeName(booking.Resource)));
        }

        Response.Headers.CacheControl = "no-store";
        return File(EntryCsv.Encoding.GetPreamble().Concat(EntryCsv.Encoding.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "bookings.csv");
    }
}
