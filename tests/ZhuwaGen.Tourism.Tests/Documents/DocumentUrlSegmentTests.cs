using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>URL segments as UrlSegmentAssigner gives them on create, save, move and restore.</summary>
public sealed class DocumentUrlSegmentTests
{
    [Theory, BothProviders]
    public async Task Chinese_named_item_takes_its_segment_from_the_English_name_else_from_pinyin(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);

        var bilingual = await host.CreateAsync(Stop(tree.Route.Key, "桑久红色驿站", "Sangjiu Red Station"));
        var chineseOnly = await host.CreateAsync(Stop(tree.Route.Key, "白鹭洲", null));

        Assert.Equal("sangjiu-red-station", Segment(bilingual, "zh-Hans"));
        Assert.Equal("sangjiu-red-station", Segment(bilingual, "en"));
        Assert.Equal("bai-lu-zhou", Segment(chineseOnly, "zh-Hans"));
    }

    [Theory, BothProviders]
    public async Task Explicit_umbracoUrlName_wins_over_the_name(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);

        var stop = await host.CreateAsync(Stop(tree.Route.Key, "桑久红色驿站", "Sangjiu Red Station").With("en", "umbracoUrlName", "red-station"));

        Assert.Equal("red-station", Segment(stop, "en"));
        // The Chinese page borrows the English segment, and the explicit one is that.
        Assert.Equal("red-station", Segment(stop, "zh-Hans"));
    }

    [Theory, BothProviders]
    public async Task Derived_segment_that_clashes_with_a_sibling_gets_a_number(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);

        var first = await host.CreateAsync(Stop(tree.Route.Key, "拉萨", "Lhasa"));
        var second = await host.CreateAsync(Stop(tree.Route.Key, "拉萨", "Lhasa"));
        var third = await host.CreateAsync(Stop(tree.Route.Key, "拉萨", "Lhasa"));

        Assert.Equal(["lhasa", "lhasa-2", "lhasa-3"], new[] { first, second, third }.Select(d => Segment(d, "en")));
        Assert.Equal(["lhasa", "lhasa-2", "lhasa-3"], new[] { first, second, third }.Select(d => Segment(d, "zh-Hans")));
    }

    [Theory, BothProviders]
    public async Task Explicit_umbracoUrlName_that_clashes_with_a_sibling_is_a_validation_error(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);
        await host.CreateAsync(Stop(tree.Route.Key, "拉萨", "Lhasa"));
        var other = await host.CreateAsync(Stop(tree.Route.Key, "布达拉宫", "Potala Palace"));

        var created = await host.TryCreateAsync(Stop(tree.Route.Key, "大昭寺", "Jokhang").With("en", "umbracoUrlName", "lhasa"));
        var saved = await host.TrySaveAsync(other.Key, DocumentBuilder.Edit().With("en", "umbracoUrlName", "lhasa").BuildEdit());

        Assert.Equal(ContentEditingOperationStatus.PropertyValidationError, created.Status);
        Assert.Equal(("umbracoUrlName", "en"), Assert.Single(created.Errors!).Key());
        Assert.Equal(ContentEditingOperationStatus.PropertyValidationError, saved.Status);
        Assert.Equal(("umbracoUrlName", "en"), Assert.Single(saved.Errors!).Key());
        Assert.Equal(2, (await host.ChildrenAsync(tree.Route.Key)).Count);
        Assert.Equal("potala-palace", Segment(await host.GetAsync(other.Key), "en"));
    }

    [Theory, BothProviders]
    public async Task Segments_are_unique_per_culture_so_one_items_zh_segment_may_equal_anothers_en_segment(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);

        // Latin names in zh-Hans make their own segments.
        var first = await host.CreateAsync(Stop(tree.Route.Key, "Lhasa", "Potala"));
        var second = await host.CreateAsync(Stop(tree.Route.Key, "Barkhor", "Lhasa"));

        Assert.Equal("lhasa", Segment(first, "zh-Hans"));
        Assert.Equal("lhasa", Segment(second, "en"));
    }

    [Theory, BothProviders]
    public async Task The_same_segment_under_different_parents_is_fine(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var red = await ContentTree.CreateAsync(host, stops: 0, routeName: "Red Route");
        var blue = await host.CreateAsync(DocumentBuilder.Route(red.Site.Key, "Blue Route", "蓝色线路"));

        var onRed = await host.CreateAsync(Stop(red.Route.Key, "拉萨", "Lhasa"));
        var onBlue = await host.CreateAsync(Stop(blue.Key, "拉萨", "Lhasa"));

        Assert.Equal("lhasa", Segment(onRed, "en"));
        Assert.Equal("lhasa", Segment(onBlue, "en"));
    }

    [Theory, BothProviders]
    public async Task Saving_keeps_the_items_own_segment_and_a_rename_changes_it(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);
        var stop = await host.CreateAsync(Stop(tree.Route.Key, "拉萨", "Lhasa"));

        var resaved = await host.SaveAsync(stop.Key, DocumentBuilder.Edit().With("en", "openingHours", "9-18"));
        var renamed = await host.SaveAsync(stop.Key, DocumentBuilder.Edit().Named("en", "Lhasa Old Town"));

        // Its own segment is not a clash: a re-save must not turn "lhasa" into "lhasa-2".
        Assert.Equal("lhasa", Segment(resaved, "en"));
        Assert.Equal("lhasa-old-town", Segment(renamed, "en"));
    }

    [Theory, BothProviders]
    public async Task Moved_or_restored_item_gets_a_number_when_its_segment_is_taken_at_the_destination(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var red = await ContentTree.CreateAsync(host, stops: 0);
        var blue = await host.CreateAsync(DocumentBuilder.Route(red.Site.Key, "Blue Route", "蓝色线路"));
        await host.CreateAsync(Stop(red.Route.Key, "拉萨", "Lhasa"));
        var moving = await host.CreateAsync(Stop(blue.Key, "拉萨", "Lhasa"));
        var trashed = await host.CreateAsync(Stop(blue.Key, "日喀则", "Shigatse"));
        await host.RecycleBinAsync(t => t.TrashAsync(trashed.Key, CmsTestHost.User, default));
        await host.CreateAsync(Stop(blue.Key, "日喀则", "Shigatse"));

        await host.TreeAsync(t => t.MoveAsync(moving.Key, red.Route.Key, CmsTestHost.User, default));
        await host.RecycleBinAsync(t => t.RestoreAsync(trashed.Key, null, CmsTestHost.User, default));

        Assert.Equal("lhasa-2", Segment(await host.GetAsync(moving.Key), "en"));
        Assert.Equal("shigatse-2", Segment(await host.GetAsync(trashed.Key), "en"));
    }

    private static DocumentBuilder Stop(Guid route, string chineseName, string? englishName)
    {
        var stop = DocumentBuilder.Stop(route, 1).Named("zh-Hans", chineseName);
        return englishName is null ? stop.WithoutCulture("en") : stop.Named("en", englishName);
    }

    private static string Segment(DocumentView document, string culture) =>
        document.Cultures.Single(c => c.Culture == culture).UrlSegment;
}
