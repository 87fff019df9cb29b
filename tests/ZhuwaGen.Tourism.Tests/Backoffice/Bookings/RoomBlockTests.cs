using System.Net;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Forms.Persistence;
using ZhuwaGen.Tourism.Tests.Forms;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>Manual blocks from the room-status screen: they hold the room as a booking does, and removing one frees it.</summary>
public sealed class RoomBlockTests
{
    private static readonly string Stay = $"/umbraco/bookings/stays/{Samples.SangjiuCourtyard:D}";

    [Theory, BothProviders]
    public async Task A_block_for_a_phone_order_makes_the_night_unavailable_on_the_site_until_removed(DatabaseProvider provider)
    {
        await using var inbox = await InboxSite.StartAsync(provider);
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);

        // The family room is the only one of its type: block two nights of it, as an order taken by phone.
        using var blocked = await owner.PostAsync(Stay + "/blocks", Form(Bodies.Day(50), Bodies.Day(52), "Phone", "Mr Wang, by phone"));
        var calendar = await owner.GetStringAsync(Stay + "?from=" + Bodies.Day(49));
        var refused = await inbox.TryBookAsync(Samples.FamilyRoom, checkIn: 51, nights: 1);
        var otherNight = await inbox.TryBookAsync(Samples.FamilyRoom, checkIn: 52, nights: 1);
        var block = await inbox.FormsDbAsync(db => db.RoomBlocks.AsNoTracking().SingleAsync());
        using var removed = await owner.PostAsync($"{Stay}/blocks/{block.Id:D}/remove", new FormUrlEncodedContent([]));
        var afterRemoval = await inbox.TryBookAsync(Samples.FamilyRoom, checkIn: 50, nights: 2);

        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Contains("done=blocked", blocked.Headers.Location!.OriginalString);
        Assert.Equal((BlockSource.Phone, 2, "Mr Wang, by phone"), (block.Source, block.Nights, block.Note));
        Assert.Contains("night night-blocked", calendar);
        Assert.Contains("1 blocked", calendar);
        Assert.Contains("Mr Wang, by phone", calendar);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Equal(HttpStatusCode.Accepted, otherNight);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, afterRemoval);
        Assert.Equal(0, await inbox.FormsDbAsync(db => db.InventoryHolds.CountAsync(h => h.BookingId == block.Id)));
    }

    [Fact]
    public async Task A_block_over_a_night_already_sold_is_refused_with_the_night_and_holds_nothing()
    {
        await using var inbox = await InboxSite.StartAsync(DatabaseProvider.Sqlite);
        await inbox.BookAsync(Samples.FamilyRoom, checkIn: 45, nights: 1);
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);

        using var response = await owner.PostAsync(Stay + "/blocks", Form(Bodies.Day(44), Bodies.Day(47), "Ctrip", null));
        var page = await owner.GetStringAsync(response.Headers.Location!.OriginalString);
        using var past = await owner.PostAsync(Stay + "/blocks", Form(Bodies.Day(-3), Bodies.Day(-1), "Meituan", null));

        Assert.Contains("error=full&night=" + Bodies.Day(45), response.Headers.Location.OriginalString);
        Assert.Contains("role=\"alert\"", page);
        Assert.Contains(Bodies.Day(45), page);
        Assert.Contains("error=dates", past.Headers.Location!.OriginalString);
        Assert.Equal(0, await inbox.FormsDbAsync(db => db.RoomBlocks.CountAsync()));
        Assert.Equal(1, await inbox.FormsDbAsync(db => db.InventoryHolds.CountAsync()));
    }

    private static FormUrlEncodedContent Form(string from, string to, string source, string? note) => new(
    [
        new("roomType", Samples.FamilyRoom.ToString("D")),
        new("from", from),
        new("to", to),
        new("rooms", "1"),
        new("source", source),
        new("note", note ?? string.Empty),
    ]);
}
