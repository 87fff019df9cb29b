using System.Globalization;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Forms.Bookings;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Web.Site.Layout;
using ZhuwaGen.Tourism.Web.Site.Rendering;
using ZhuwaGen.Tourism.Web.Site.Text;

namespace ZhuwaGen.Tourism.Web.Site.Forms;

/// <summary>One line of what was booked: a label and its value.</summary>
public sealed record ReceivedFact(string Label, string Value, string? Lang = null);

/// <summary>
/// The page after a form was sent (the GET of POST-redirect-GET): the form's message, and for a booking its reference,
/// what was asked for, that the host replies by the deadline, that payment is on arrival (no online payment) and where
/// the email went. A token that is not valid, or a post that stored nothing, gets the thanks alone.
/// </summary>
public sealed record ReceivedModel(
    SitePage Page,
    string Heading,
    string? Message,
    string? Reference,
    IReadOnlyList<ReceivedFact> Facts,
    string? Deadline,
    bool IsBooking,
    string? Email,
    SiteLink? Back) : ISiteView
{
    public const string Route = "/booking/received";

    public static ReceivedModel Build(SiteRequest request, PublishedItem? item, FormDefinition? form, BookingReceipt? receipt, string? token)
    {
        var t = request.Text;
        var page = SitePageFactory.ForPath(request, t["ReceivedTitle"], Route);
        // The language switcher keeps the token, so the visitor can read the same receipt in another language.
        page = page with { Languages = [.. page.Languages.Select(l => l with { Url = l.Url + "?t=" + Uri.EscapeDataString(token ?? string.Empty) })] };
        var back = item is not null && request.Url(item) is { } url ? new SiteLink(t.Format("ReceivedBack", request.Name(item)), url, request.LangOf(item)) : null;
        if (receipt is null || form is null)
        {
            return new ReceivedModel(page, t["ReceivedTitle"], t["ReceivedGeneric"], null, [], null, false, null, back);
        }

        var booked = receipt.Reference is not null;
        return new ReceivedModel(
            page,
            t["ReceivedTitle"],
            SubmitMessage(form, request, receipt),
            receipt.Reference,
            booked ? BookedFacts(request, item, receipt) : [],
            receipt.ReplyDeadlineUtc is { } deadline ? t.DateTime(SiteClock.ChinaTime(deadline)) : null,
            booked,
            receipt.GuestEmail,
            back);
    }

    private static string? SubmitMessage(FormDefinition form, SiteRequest request, BookingReceipt receipt)
    {
        var message = form.MessageOnSubmit.Get(request.Culture, request.DefaultCulture)
            .Replace("[#bookingReference]", receipt.Reference ?? string.Empty, StringComparison.Ordinal);
        foreach (var (alias, value) in receipt.Values)
        {
            message = message.Replace($"[#{alias}]", string.Join(", ", value), StringComparison.OrdinalIgnoreCase);
        }

        return string.IsNullOrWhiteSpace(message) ? null : message;
    }

    private static List<ReceivedFact> BookedFacts(SiteRequest request, PublishedItem? item, BookingReceipt receipt)
    {
        var t = request.Text;
        var facts = new List<ReceivedFact>();
        if (item is not null)
        {
            facts.Add(new ReceivedFact(t["FactPlace"], request.Name(item), request.LangOf(item)));
        }

        if (receipt.Resource is { } resource && resource.StartsWith("room:", StringComparison.Ordinal) && receipt.FirstNight is { } first)
        {
            facts.Add(new ReceivedFact(t["FactCheckIn"], t.Date(first.ToDateTime(TimeOnly.MinValue))));
            facts.Add(new ReceivedFact(t["FactCheckOut"], t.Date(first.AddDays(receipt.Nights).ToDateTime(TimeOnly.MinValue)) + " · " + t.Format("FactNights", receipt.Nights)));
            if (item is not null && RoomName(request, item, resource["room:".Length..]) is { } room)
            {
                facts.Add(new ReceivedFact(t["FactRoom"], room));
            }
        }
        else if (receipt.Values.TryGetValue(BookingRequest.Aliases.Slot, out var slot) && slot.Length > 0)
        {
            facts.Add(new ReceivedFact(t["FactSlot"], slot[0]));
        }

        facts.Add(new ReceivedFact(t["FactGuests"], receipt.Guests.ToString(CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(receipt.GuestName))
        {
            facts.Add(new ReceivedFact(t["FactName"], receipt.GuestName));
        }

        facts.Add(new ReceivedFact(t["ReceivedStatus"], t["ReceivedPending"]));
        return facts;
    }

    private static string? RoomName(SiteRequest request, PublishedItem item, string key) =>
        Guid.TryParse(key, out var block)
            ? (item.Value<IReadOnlyList<PublishedBlock>>("roomTypes", request.Culture) ?? [])
                .FirstOrDefault(b => b.Content.Key == block)?.Content.Value<string>("name")
            : null;
}
