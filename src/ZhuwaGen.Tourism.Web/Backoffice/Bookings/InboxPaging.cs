namespace ZhuwaGen.Tourism.Web.Backoffice.Bookings;

/// <summary>
/// One page of the inbox's decided and past bookings, reached by plain links (<c>?page=2</c>), so an owner with years
/// of history can go back through all of it without JavaScript. A page past the end shows the last one.
/// </summary>
public sealed record InboxPaging(IReadOnlyList<BookingCard> Cards, int Page, int PageCount, int Total, int FirstNumber)
{
    public bool HasNewer => Page > 1;

    public bool HasOlder => Page < PageCount;

    public int LastNumber => FirstNumber + Cards.Count - 1;

    public static InboxPaging Of(IReadOnlyList<BookingCard> ordered, int? page, int perPage)
    {
        var pageCount = Math.Max(1, (ordered.Count + perPage - 1) / perPage);
        var current = Math.Clamp(page ?? 1, 1, pageCount);
        var cards = ordered.Skip((current - 1) * perPage).Take(perPage).ToList();
        return new InboxPaging(cards, current, pageCount, ordered.Count, (current - 1) * perPage + 1);
    }

    public static string Link(int page) => page <= 1 ? BackofficeRoutes.Bookings + "#others-heading" : $"{BackofficeRoutes.Bookings}?page={page}#others-heading";
}
