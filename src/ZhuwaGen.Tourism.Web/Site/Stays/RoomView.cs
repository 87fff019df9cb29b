using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Web.Site.Rendering;

namespace ZhuwaGen.Tourism.Web.Site.Stays;

/// <summary>A room type of a guesthouse (a <c>roomType</c> block): name, beds, guests, how many, price a night.</summary>
public sealed record RoomView(string Name, long? Beds, long? MaxGuests, long? Count, decimal? NightlyPrice)
{
    public static IReadOnlyList<RoomView> Of(SiteRequest request, PublishedItem guesthouse) =>
        (guesthouse.Value<IReadOnlyList<PublishedBlock>>("roomTypes", request.Culture) ?? [])
            .Select(b => b.Content)
            .Where(c => c.ContentTypeAlias == "roomType")
            .Select(c => new RoomView(
                c.Value<string>("name") ?? string.Empty,
                c.Value<long?>("beds"),
                c.Value<long?>("maxGuests"),
                c.Value<long?>("count"),
                c.Value<decimal?>("nightlyPrice")))
            .ToList();
}
