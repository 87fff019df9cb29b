using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Users;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Management;

/// <summary>
/// The tree endpoints page in SQL: the number of SQL commands a page of children costs does not grow with the number
/// of children. Children are added in bulk through the DbContext (copies of a seeded stop), not one by one.
/// </summary>
public sealed class DocumentTreeCommandCountTests(ITestOutputHelper output)
{
    private const string Children = DocumentApi.Api + "/tree/document/children";
    private const string Root = DocumentApi.Api + "/tree/document/root";

    [Theory, BothProviders]
    public async Task A_page_costs_the_same_commands_at_10_and_at_1000_children(DatabaseProvider provider)
    {
        var (site, database) = await SiteFactory.CreateAsync(provider);
        await using var _ = database;
        await using var __ = site;
        using var admin = await ManagementClients.CookieClientAsync(site.Start(), UserRoles.Admin);
        var parent = await AddParentAsync(site);

        await AddChildrenAsync(site, parent, 10);
        var atTen = await CountPageAsync(site, admin, parent, expectedTotal: 10);
        var rootAtTwo = await CountAsync(site, admin, $"{Root}?skip=0&take=5", Root);
        await AddChildrenAsync(site, parent, 990);
        await AddChildrenAsync(site, null, 40);
        var atThousand = await CountPageAsync(site, admin, parent, expectedTotal: 1000);
        var rootAtFortyTwo = await CountAsync(site, admin, $"{Root}?skip=0&take=5", Root);
        using var unknown = await admin.GetAsync($"{Children}?parentId={Guid.NewGuid()}");

        output.WriteLine($"{provider}: children?skip=3&take=5 costs {atTen} SQL commands at 10 children, {atThousand} at 1,000");
        output.WriteLine($"{provider}: root?take=5 costs {rootAtTwo.Commands} SQL commands at 2 roots, {rootAtFortyTwo.Commands} at 42");
        // Two commands for the tree page, and at most one for the cookie's security stamp (cached since the warm-up request).
        Assert.Equal(atTen, atThousand);
        Assert.InRange(atThousand, 1, 3);
        Assert.Equal(42, rootAtFortyTwo.Json.GetProperty("total").GetInt32());
        Assert.Equal(rootAtTwo.Commands, rootAtFortyTwo.Commands);
        Assert.InRange(rootAtFortyTwo.Commands, 1, 3);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<int> CountPageAsync(SiteFactory site, HttpClient admin, Guid parent, int expectedTotal)
    {
        var (commands, json) = await CountAsync(site, admin, $"{Children}?parentId={parent}&skip=3&take=5", Children);
        Assert.Equal(expectedTotal, json.GetProperty("total").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.Equal(parent, i.GetProperty("parent").GetProperty("id").GetGuid()));
        Assert.All(items, i => Assert.False(i.GetProperty("hasChildren").GetBoolean()));
        Assert.Equal([3, 4, 5, 6, 7], items.Select(i => i.GetProperty("sortOrder").GetInt32()));
        Assert.All(items, i => Assert.Equal(["en", "zh-Hans"], i.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("culture").GetString())));
        return commands;
    }

    private static async Task<(int Commands, JsonElement Json)> CountAsync(SiteFactory site, HttpClient client, string url, string path)
    {
        // One warm-up request, so that first-use work (sign-in stamp checks, caches) is not counted.
        using (var warmUp = await client.GetAsync(url))
        {
            Assert.True(warmUp.IsSuccessStatusCode, await warmUp.Content.ReadAsStringAsync());
        }

        site.Commands.Reset();
        var json = await client.GetFromJsonAsync<JsonElement>(url);
        return (site.Commands.For(path), json);
    }

    /// <summary>A copy of a seeded stop at the root, to hold the children.</summary>
    private static async Task<Guid> AddParentAsync(SiteFactory site)
    {
        var key = Guid.NewGuid();
        await site.WithDbAsync(async db =>
        {
            return await CopiesOfAStopAsync(db, null, [key], firstSortOrder: 100);
        });
        return key;
    }

    private static Task AddChildrenAsync(SiteFactory site, Guid? parent, int count) =>
        site.WithDbAsync(async db =>
        {
            int? parentId = parent is { } key ? await db.Documents.Where(d => d.Key == key).Select(d => d.Id).SingleAsync() : null;
            var existing = await db.Documents.CountAsync(d => d.ParentId == parentId);
            return await CopiesOfAStopAsync(db, parentId, [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid())], existing);
        });

    /// <summary>
    /// Inserts copies of the first seeded stop (document, cultures, draft version) under <paramref name="parentId"/>,
    /// in three batched saves whatever their number.
    /// </summary>
    private static async Task<int> CopiesOfAStopAsync(CmsDbContext db, int? parentId, IReadOnlyList<Guid> keys, int firstSortOrder)
    {
        var stop = await db.Documents.AsNoTracking().Include(d => d.Cultures).Where(d => d.ContentTypeAlias == "routeStop").OrderBy(d => d.Id).FirstAsync();
        var draft = await db.DocumentVersions.AsNoTracking().SingleAsync(v => v.Id == stop.DraftVersionId);
        var parentPath = parentId is { } id ? await db.Documents.Where(d => d.Id == id).Select(d => d.Path).SingleAsync() : null;
        var documents = keys.Select((key, i) => new DocumentEntity
        {
            Key = key,
            ParentId = parentId,
            ContentTypeAlias = stop.ContentTypeAlias,
            SortOrder = firstSortOrder + i,
            Level = parentId is null ? 1 : stop.Level,
            Path = "pending",
            CreateDate = stop.CreateDate,
            UpdateDate = stop.UpdateDate,
            CreatedBy = stop.CreatedBy,
            Cultures = [.. stop.Cultures.Select(c => new DocumentCultureEntity
            {
                Culture = c.Culture,
                Name = $"{c.Name} {firstSortOrder + i}",
                UrlSegment = $"{c.UrlSegment}-{key:N}",
                Edited = true,
            })],
        }).ToList();
        db.Documents.AddRange(documents);
        await db.SaveChangesAsync();

        var versions = documents.Select(d => new DocumentVersionEntity
        {
            DocumentId = d.Id,
            VersionDate = draft.VersionDate,
            CreatedBy = draft.CreatedBy,
            Data = draft.Data,
        }).ToList();
        db.DocumentVersions.AddRange(versions);
        await db.SaveChangesAsync();

        for (var i = 0; i < documents.Count; i++)
        {
            documents[i].DraftVersionId = versions[i].Id;
            documents[i].Path = parentPath is null ? $"{documents[i].Id}" : $"{parentPath},{documents[i].Id}";
        }

        await db.SaveChangesAsync();
        return documents.Count;
    }
}
