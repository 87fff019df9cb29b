using System.Net;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Forms;

namespace ZhuwaGen.Tourism.Tests.Backoffice.Bookings;

/// <summary>An administrator binds an owner to guesthouses on the back-office screen; the owner's inbox follows at once.</summary>
public sealed class OwnerBindingTests
{
    [Fact]
    public async Task An_administrator_ticks_a_guesthouse_and_the_owner_sees_its_bookings_keeping_other_start_nodes()
    {
        await using var inbox = await InboxSite.StartAsync(DatabaseProvider.Sqlite);
        var xiongjiu = await inbox.BookAsync(InboxSite.DoubleRoom, guesthouse: InboxSite.XiongjiuHomestay, name: "Xiongjiu Guest");
        using var owner = await inbox.OwnerAsync(Samples.SangjiuCourtyard);
        var ownerKey = (await inbox.Site.WithDbAsync(db => db.Users.Where(u => u.Role == UserRoles.GuesthouseOwner).Select(u => u.Key).ToListAsync())).Single();
        var route = await inbox.Site.WithDbAsync(db => db.Documents.Where(d => d.ContentTypeAlias == "route").Select(d => d.Key).SingleAsync());
        await inbox.Site.WithScopeAsync<UserStartNodes>(n => n.SetAsync(ownerKey, [Samples.SangjiuCourtyard, route], CancellationToken.None));
        using var admin = await inbox.AsAsync(UserRoles.Admin);

        var before = await owner.GetStringAsync("/umbraco/bookings");
        var screen = await admin.GetStringAsync("/umbraco/bookings/owners");
        using var saved = await admin.PostAsync($"/umbraco/bookings/owners/{ownerKey:D}", new FormUrlEncodedContent(
            [new("guesthouse", InboxSite.XiongjiuHomestay.ToString("D"))]));
        var after = await owner.GetStringAsync("/umbraco/bookings");
        using var byOwner = await owner.GetAsync("/umbraco/bookings/owners");
        var nodes = await inbox.Forms.WithScopeAsync<UserStartNodes, IReadOnlyList<Guid>>(n => n.GetAsync(ownerKey, CancellationToken.None));

        Assert.DoesNotContain(xiongjiu.Reference, before);
        Assert.Contains($"value=\"{Samples.SangjiuCourtyard:D}\" checked=\"checked\"", screen);
        Assert.Contains($"value=\"{InboxSite.XiongjiuHomestay:D}\">", screen);
        Assert.Equal("/umbraco/bookings/owners?done=saved", saved.Headers.Location!.OriginalString);
        Assert.Contains(xiongjiu.Reference, after);
        // An owner is signed in but the binding screen is for administrators: 403 with a page saying so, not a sign-in redirect.
        Assert.Equal(HttpStatusCode.Forbidden, byOwner.StatusCode);
        Assert.Contains("This screen is for administrators", await byOwner.Content.ReadAsStringAsync());
        Assert.Equal([route, InboxSite.XiongjiuHomestay], nodes);
    }
}
