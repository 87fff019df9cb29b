using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Tests.Infrastructure;
using static ZhuwaGen.Tourism.Tests.Publishing.PublishingFixtures;

namespace ZhuwaGen.Tourism.Tests.Publishing;

public sealed class PublishCultureTests
{
    [Theory, BothProviders]
    public async Task Publishing_en_without_the_mandatory_zh_Hans_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye", "home");
        var generation = host.Snapshot.Generation;

        var result = await PublishAsync(host, key, En);

        Assert.Equal(ContentPublishingOperationStatus.MandatoryCultureMissing, result.Status);
        Assert.Equal([Zh], result.MissingCultures);
        Assert.Null(host.Snapshot.ByKey(key));
        Assert.Equal(generation, host.Snapshot.Generation);
        var view = await GetAsync(host, key);
        Assert.Null(view.PublishedVersionId);
        Assert.All(view.Cultures, c => Assert.False(c.IsPublished));
    }

    [Theory, BothProviders]
    public async Task Publishing_zh_Hans_first_then_en_later_publishes_both(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye", "home");

        await PublishOkAsync(host, key, Zh);
        Assert.Equal([Zh], host.Snapshot.ByKey(key)!.Cultures.Keys);

        // zh-Hans is already published, so en alone now satisfies the mandatory rule.
        await PublishOkAsync(host, key, En);

        var published = host.Snapshot.ByKey(key)!;
        Assert.Equal("shouye", published.Cultures[Zh].Name);
        Assert.Equal("home", published.Cultures[En].Name);
        Assert.All((await GetAsync(host, key)).Cultures, c => Assert.True(c.IsPublished));
    }

    [Theory, BothProviders]
    public async Task Publishing_a_child_whose_parent_is_unpublished_is_refused_with_PathNotPublished(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var parent = await CreateAsync(host, null, "shouye");
        var child = await CreateAsync(host, parent, "shanlu");

        var result = await PublishAsync(host, child, "*");

        Assert.Equal(ContentPublishingOperationStatus.PathNotPublished, result.Status);
        Assert.Null(host.Snapshot.ByKey(child));
        Assert.Null((await GetAsync(host, child)).PublishedVersionId);
    }

    [Theory, BothProviders]
    public async Task Publishing_an_invalid_draft_reports_the_errors_and_leaves_the_published_version_and_snapshot(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye");
        await PublishOkAsync(host, key, "*");
        await SaveAsync(host, key, Zh, "xinming");
        var publishedVersion = (await GetAsync(host, key)).PublishedVersionId;
        var before = host.Snapshot.ByKey(key);
        var generation = host.Snapshot.Generation;

        // A schema change makes the saved draft invalid: it now lacks a mandatory value.
        await ImportAsync(host, PageSchema(mandatorySubtitle: true));
        var result = await PublishAsync(host, key, "*");

        Assert.Equal(ContentPublishingOperationStatus.ContentInvalid, result.Status);
        Assert.Contains(result.Errors!, e => e.Alias == "subtitle");
        Assert.Equal(publishedVersion, (await GetAsync(host, key)).PublishedVersionId);
        Assert.Same(before, host.Snapshot.ByKey(key));
        Assert.Equal("shouye", host.Snapshot.ByKey(key)!.Cultures[Zh].Name);
        Assert.Equal(generation, host.Snapshot.Generation);
    }

    [Theory, BothProviders]
    public async Task Draft_edits_after_publish_do_not_change_the_snapshot_until_published_again(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye", "home");
        await PublishOkAsync(host, key, "*");

        await SaveAsync(host, key, En, "welcome");

        Assert.Equal("home", host.Snapshot.ByKey(key)!.Cultures[En].Name);
        Assert.Equal("home", host.Snapshot.ByKey(key)!.Text("title", En));
        Assert.True(State(await GetAsync(host, key), En).Edited);

        await PublishOkAsync(host, key, En);

        Assert.Equal("welcome", host.Snapshot.ByKey(key)!.Cultures[En].Name);
        Assert.Equal("welcome", host.Snapshot.ByKey(key)!.Text("title", En));
    }

    [Theory, BothProviders]
    public async Task After_PublishAsync_returns_the_next_snapshot_read_shows_the_item(DatabaseProvider provider)
    {
        await using var host = await StartAsync(provider);
        var key = await CreateAsync(host, null, "shouye");
        var generation = host.Snapshot.Generation;

        await PublishOkAsync(host, key, "*");

        var snapshot = host.Snapshot;
        Assert.NotNull(snapshot.ByKey(key));
        Assert.True(snapshot.Generation > generation);
        Assert.Equal(key, snapshot.ByRoute("/", Zh)!.Key);
    }
}
