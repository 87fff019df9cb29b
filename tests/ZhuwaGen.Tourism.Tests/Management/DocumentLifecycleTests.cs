using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Management.DocumentApi;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>A document's whole life through HTTP, on both databases and through both ways of signing in.</summary>
public sealed class DocumentLifecycleTests
{
    public static TheoryData<DatabaseProvider, bool> ProvidersAndAuth => new()
    {
        { DatabaseProvider.Sqlite, false },
        { DatabaseProvider.Sqlite, true },
        { DatabaseProvider.Postgres, false },
        { DatabaseProvider.Postgres, true },
    };

    [Theory, MemberData(nameof(ProvidersAndAuth))]
    public async Task Create_save_publish_unpublish_trash_restore_and_delete(DatabaseProvider provider, bool bearer)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        string userName;
        HttpClient client;
        if (bearer)
        {
            var credentials = await ManagementClients.CreateApiUserAsync(site, UserRoles.Editor);
            userName = credentials.ClientId;
            client = ManagementClients.BearerClient(site, await ManagementClients.AccessTokenAsync(site, credentials));
        }
        else
        {
            userName = await ManagementClients.CreateUserAsync(site, UserRoles.Editor);
            client = await ManagementClients.SignInAsync(site, userName);
        }

        using var ___ = client;
        var parent = await ChildOfSiteAsync(client, "storyList");

        using var created = await client.PostAsJsonAsync($"{Api}/document", Story(parent, "Apple harvest"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{Api}/document/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("Draft", State(await GetAsync(client, id), "en"));

        using var saved = await client.PutAsJsonAsync($"{Api}/document/{id}", new { variants = new[] { new { culture = "en", name = "Apple harvest 2025" } } });
        var afterSave = await saved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains(afterSave.GetProperty("variants").EnumerateArray(), v => v.GetProperty("name").GetString() == "Apple harvest 2025");

        using var published = await client.PutAsJsonAsync($"{Api}/document/{id}/publish",
            new { publishSchedules = new[] { new { culture = "zh-Hans" }, new { culture = "en" } } });
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("Published", State(await GetAsync(client, id), "en"));
        Assert.NotNull(site.Snapshot.ByKey(id));

        using var unpublished = await client.PutAsJsonAsync($"{Api}/document/{id}/unpublish", new { cultures = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, unpublished.StatusCode);
        Assert.Null(site.Snapshot.ByKey(id));

        using var notTrashed = await client.DeleteAsync($"{Api}/document/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, notTrashed.StatusCode);
        Assert.Equal("Content is not in the recycle bin", (await notTrashed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        using var trashed = await client.PutAsync($"{Api}/document/{id}/move-to-recycle-bin", null);
        Assert.Equal(HttpStatusCode.OK, trashed.StatusCode);
        Assert.True((await GetAsync(client, id)).GetProperty("isTrashed").GetBoolean());

        using var restored = await client.PutAsJsonAsync($"{Api}/recycle-bin/document/{id}/restore", new { target = (object?)null });
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.False((await GetAsync(client, id)).GetProperty("isTrashed").GetBoolean());

        using var trashedAgain = await client.PutAsync($"{Api}/document/{id}/move-to-recycle-bin", null);
        using var deleted = await client.DeleteAsync($"{Api}/document/{id}");
        using var gone = await client.GetAsync($"{Api}/document/{id}");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);

        var auditUsers = await site.WithDbAsync(db => db.AuditEntries.Where(a => a.DocumentKey == id).Select(a => a.UserName).Distinct().ToListAsync());
        Assert.Equal([userName], auditUsers);
    }

    [Theory, BothProviders]
    public async Task Versions_rollback_move_copy_and_sort(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site.Start();
        using var client = await ManagementClients.CookieClientAsync(site, UserRoles.Admin);
        var id = await CreateStoryAsync(client, "First title");
        using var ____ = await client.PutAsJsonAsync($"{Api}/document/{id}", new { variants = new[] { new { culture = "en", name = "Second title" } } });

        var versions = await client.GetFromJsonAsync<JsonElement>($"{Api}/document-version?documentId={id}");
        var oldest = versions.GetProperty("items").EnumerateArray().Last().GetProperty("id").GetInt32();
        Assert.Equal(2, versions.GetProperty("total").GetInt32());

        using var rolledBack = await client.PostAsync($"{Api}/document-version/{oldest}/rollback?culture=en", null);
        var afterRollback = await rolledBack.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, rolledBack.StatusCode);
        Assert.Contains(afterRollback.GetProperty("variants").EnumerateArray(), v => v.GetProperty("name").GetString() == "First title");

        var pages = await ChildOfSiteAsync(client, "noticeList");
        using var intoWrongParent = await client.PutAsJsonAsync($"{Api}/document/{id}/move", new { target = new { id = pages } });
        Assert.Equal(HttpStatusCode.BadRequest, intoWrongParent.StatusCode);
        Assert.Equal("Operation not permitted", (await intoWrongParent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());

        using var copied = await client.PostAsJsonAsync($"{Api}/document/{id}/copy", new { target = (object?)null, includeDescendants = false });
        Assert.Equal(HttpStatusCode.BadRequest, copied.StatusCode); // a story is not allowed at the root
        var storyList = await ChildOfSiteAsync(client, "storyList");
        using var copiedHere = await client.PostAsJsonAsync($"{Api}/document/{id}/copy", new { target = new { id = storyList }, includeDescendants = false });
        Assert.Equal(HttpStatusCode.Created, copiedHere.StatusCode);
        var copy = Guid.Parse(copiedHere.Headers.GetValues("Umb-Generated-Resource").Single());
        Assert.Equal("Draft", State(await GetAsync(client, copy), "en"));

        var children = await client.GetFromJsonAsync<JsonElement>($"{Api}/tree/document/children?parentId={storyList}");
        var reversed = children.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Reverse().ToList();
        using var sorted = await client.PutAsJsonAsync($"{Api}/document/sort",
            new { parent = new { id = storyList }, sorting = reversed.Select((key, index) => new { id = key, sortOrder = index }) });
        var after = await client.GetFromJsonAsync<JsonElement>($"{Api}/tree/document/children?parentId={storyList}");
        Assert.Equal(HttpStatusCode.OK, sorted.StatusCode);
        Assert.Equal(reversed, after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList());

        using var badSort = await client.PutAsJsonAsync($"{Api}/document/sort", new { parent = new { id = storyList }, sorting = reversed.Take(1).Select(k => new { id = k, sortOrder = 0 }) });
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Equal("Invalid sorting options", (await badSort.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}
