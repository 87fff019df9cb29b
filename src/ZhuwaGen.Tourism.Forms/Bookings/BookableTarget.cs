using System.Globalization;
using ZhuwaGen.Tourism.Cms.PublishedContent;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>
/// What a page offers for booking, read from its published content: a guesthouse's room types (block key → number of
/// rooms and most guests per room), an experience's places per session, an event's capacity.
/// </summary>
public sealed record BookableTarget(Guid ContentId, BookableKind Kind, IReadOnlyList<BookableRoomType> RoomTypes, int Places, DateOnly? EventDate)
{
    public static BookableTarget? Read(PublishedContentReader content, Guid contentId, string culture)
    {
        var item = content.Current.ByKey(contentId);
        switch (item?.ContentTypeAlias)
        {
            case "guesthouse":
                var rooms = (item.Value<IReadOnlyList<PublishedBlock>>("roomTypes", culture) ?? [])
                    .Where(b => b.Content.Key is not null)
                    .Select(b => new BookableRoomType(
                        b.Content.Key!.Value,
                        b.Content.Value<string>("name") ?? string.Empty,
                        Math.Max(0, ToInt(b.Content.Value("count"))),
                        Math.Max(1, ToInt(b.Content.Value("maxGuests")))))
                    .ToList();
                return new BookableTarget(contentId, BookableKind.Guesthouse, rooms, 0, null);
            case "experience":
                return new BookableTarget(contentId, BookableKind.Experience, [], ToInt(item.Value("capacityPerSession", culture)), null);
            case "event":
                var start = item.Value("startDate", culture) switch
                {
                    DateTime date => DateOnly.FromDateTime(date),
                    DateTimeOffset moment => DateOnly.FromDateTime(moment.DateTime),
                    DateOnly day => day,
                    string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => DateOnly.FromDateTime(parsed),
                    _ => (DateOnly?)null,
                };
                return new BookableTarget(contentId, BookableKind.Event, [], ToInt(item.Value("capacity", culture)), start);
            default:
                return null;
        }
    }

    private static int ToInt(object? value) => value switch
    {
        int i => i,
        long l => (int)l,
        decimal d => (int)d,
        double d => (int)d,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        _ => 0,
    };
}

public enum BookableKind
{
    Guesthouse,
    Experience,
    Event,
}

public sealed record BookableRoomType(Guid Key, string Name, int Rooms, int MaxGuests)
{
    public string Resource => $"room:{Key:N}";
}
