using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Web;

/// <summary>The seed runs once per database: restarts neither duplicate it nor undo an editor's removals.</summary>
public sealed class SeedTests
{
    private static readonly int SeedItems = CountSeedItems();
    private static readonly Guid RevitalizationStory = Guid.Parse("026d1a23-c68a-412d-bdea-a0abb32d0114");
    private static readonly Guid CooperativeStory = Guid.Parse("51825737-a273-4d19-a2e0-81acad2a54ae");

    [Theory, BothProviders]
    public async Task Restarting_over_a_seeded_database_does_not_duplicate_content(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int firstDocuments, firstPublished;
        await using (var first = new SiteFactory(database).Start())
        {
            firstDocuments = await first.WithDbAsync(db => db.Documents.CountAsync());
            firstPublished = first.Snapshot.Count;
        }

        await using var second = new SiteFactory(database).Start();
        var keys = await second.WithDbAsync(db => db.Documents.Select(d => d.Key).ToListAsync());

        Assert.Equal(SeedItems, firstDocuments);
        Assert.Equal(SeedItems, firstPublished);
        Assert.Equal(firstDocuments, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(firstPublished, second.Snapshot.Count);
    }

    [Theory, BothProviders]
    public async Task Seed_content_an_editor_trashed_stays_trashed_after_a_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = new SiteFactory(database).Start())
        {
            await first.WithScopeAsync<RecycleBinService>(async tree =>
                Assert.Equal(ContentEditingOperationStatus.Success, await tree.TrashAsync(RevitalizationStory, "editor", default)));
        }

        await using var second = new SiteFactory(database).Start();
        var stories = await second.WithDbAsync(db => db.Documents.Where(d => d.Key == RevitalizationStory).ToListAsync());
        using var client = second.CreateClient();
        using var page = await client.GetAsync("/stories/zhuwagen-revitalization/");

        Assert.True(Assert.Single(stories).Trashed);
        Assert.Equal(SeedItems, await second.WithDbAsync(db => db.Documents.CountAsync()));
        Assert.Null(second.Snapshot.ByKey(RevitalizationStory));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.StatusCode);
    }

    [Theory, BothProviders]
    public async Task Seed_content_an_editor_deleted_is_not_recreated_on_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = new SiteFactory(database).Start())
        {
            await first.WithScopeAsync<RecycleBinService>(async tree =>
            {
                Assert.Equal(ContentEditingOperationStatus.Success, await tree.TrashAsync(CooperativeStory, "editor", default));
                Assert.Equal(ContentEditingOperationStatus.Success, await tree.DeleteAsync(CooperativeStory, "editor", default));
            });
        }

        await using var second = new SiteFactory(database).Start();

        Assert.False(await second.WithDbAsync(db => db.Documents.AnyAsync(d => d.Key == CooperativeStory)));
        Assert.Equal(SeedItems - 1, await second.WithDbAsync(db => db.Documents.CountAsync()));
    }

    [Theory, BothProviders]
    public async Task Interrupted_seed_resumes_without_duplicating_what_it_already_made(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = new SiteFactory(database).Start())
        {
            // What an interrupted seed leaves: some of its items, and no record that it finished.
            await first.WithScopeAsync<RecycleBinService>(async tree =>
            {
                await tree.TrashAsync(CooperativeStory, "editor", default);
                await tree.DeleteAsync(CooperativeStory, "editor", default);
            });
            await first.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "Seed").ExecuteDeleteAsync());
        }

        await using var second = new SiteFactory(database).Start();
        var keys = await second.WithDbAsync(db => db.Documents.Select(d => d.Key).ToListAsync());

        Assert.Equal(SeedItems, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.NotNull(second.Snapshot.ByKey(CooperativeStory));
        Assert.Equal(1, await second.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Seed")));
    }

    /// <summary>How many items seed-content.json describes, read from the file the seeder embeds.</summary>
    private static int CountSeedItems()
    {
        var file = Path.Combine(CmsTestHost.RepositoryRoot, "src", "ZhuwaGen.Tourism.Web", "Seed", "seed-content.json");
        static int Count(JToken node) => 1 + (node["children"] as JArray ?? []).Sum(Count);
        return Count(JToken.Parse(File.ReadAllText(file)));
    }
}
