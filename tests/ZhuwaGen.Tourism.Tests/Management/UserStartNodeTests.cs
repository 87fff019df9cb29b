using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>
/// Binding a guesthouse owner to guesthouses through the Management API's user model: Umbraco's
/// <c>documentStartNodeIds</c> on create, update and read.
/// </summary>
public sealed class UserStartNodeTests
{
    private const string Api = "/umbraco/management/api/v1";
    private static readonly Guid Sangjiu = Guid.Parse("027745de-4518-409b-bd12-0280d0caf4fa");
    private static readonly Guid Xiongjiu = Guid.Parse("a27fe6ab-bede-44f2-bfb4-7fd664459169");

    [Theory, BothProviders]
    public async Task An_administrator_binds_an_owner_to_guesthouses_on_create_and_update(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var admin = await ManagementClients.CookieClientAsync(site, UserRoles.Admin);

        using var created = await admin.PostAsJsonAsync($"{Api}/user", new
        {
            name = "Owner of Sangjiu",
            email = "sangjiu-owner@example.invalid",
            password = ManagementClients.Password,
            role = UserRoles.GuesthouseOwner,
            documentStartNodeIds = new[] { new { id = Sangjiu } },
        });
        var user = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = user.GetProperty("id").GetGuid();
        using var updated = await admin.PutAsJsonAsync($"{Api}/user/{id}", new { documentStartNodeIds = new[] { new { id = Sangjiu }, new { id = Xiongjiu } } });
        using var unknown = await admin.PutAsJsonAsync($"{Api}/user/{id}", new { documentStartNodeIds = new[] { new { id = Guid.NewGuid() } } });
        using var missing = await admin.PutAsJsonAsync($"{Api}/user/{Guid.NewGuid()}", new { name = "x" });
        var list = await admin.GetFromJsonAsync<JsonElement>($"{Api}/user");
        using var editor = await ManagementClients.CookieClientAsync(site, UserRoles.Editor);
        using var byEditor = await editor.PutAsJsonAsync($"{Api}/user/{id}", new { documentStartNodeIds = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal([Sangjiu], Ids(user));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal([Sangjiu, Xiongjiu], Ids(await updated.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("documentStartNodeIds", await unknown.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
        var listed = list.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == id);
        Assert.Equal([Sangjiu, Xiongjiu], Ids(listed));
        await site.WithScopeAsync<UserStartNodes>(async nodes => Assert.Equal([Sangjiu, Xiongjiu], await nodes.GetAsync(id, CancellationToken.None)));
    }

    private static Guid[] Ids(JsonElement user) =>
        user.GetProperty("documentStartNodeIds").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToArray();
}
