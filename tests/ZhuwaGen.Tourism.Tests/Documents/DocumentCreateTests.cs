using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Tests.Builders;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Documents;

/// <summary>Where a document may be created, after the structure (allowed children, allow at root) of umbraco.config.</summary>
public sealed class DocumentCreateTests
{
    [Theory, BothProviders]
    public async Task Create_under_a_parent_whose_type_allows_it_places_it_one_level_down_with_a_first_draft(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var site = await host.CreateAsync(DocumentBuilder.Site());

        var route = await host.CreateAsync(DocumentBuilder.Route(site.Key));

        Assert.Equal(site.Key, route.ParentKey);
        Assert.Equal(site.Level + 1, route.Level);
        Assert.Equal("route", route.ContentTypeAlias);
        Assert.Null(route.PublishedVersionId);
        Assert.Equal(["en", "zh-Hans"], route.Cultures.Select(c => c.Culture));
        Assert.All(route.Cultures, c => Assert.False(c.IsPublished));
        var version = Assert.Single(await host.VersionsAsync(route.Key));
        Assert.True(version.IsCurrentDraft);
    }

    [Theory, BothProviders]
    public async Task Create_under_a_parent_whose_type_does_not_allow_it_is_NotAllowed_and_writes_nothing(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var site = await host.CreateAsync(DocumentBuilder.Site());

        // A stop belongs under a route; the site's structure does not list routeStop.
        var result = await host.TryCreateAsync(DocumentBuilder.Stop(site.Key, 1));

        Assert.Equal(ContentEditingOperationStatus.NotAllowed, result.Status);
        Assert.Empty(await host.ChildrenAsync(site.Key));
    }

    [Theory, BothProviders]
    public async Task Create_at_the_root_is_allowed_only_for_types_that_allow_it(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);

        var site = await host.TryCreateAsync(DocumentBuilder.Site().Under(null));
        var route = await host.TryCreateAsync(DocumentBuilder.Route(Guid.Empty).Under(null));

        Assert.Equal(ContentEditingOperationStatus.Success, site.Status);
        Assert.Equal(1, site.Document!.Level);
        Assert.Equal(ContentEditingOperationStatus.NotAllowed, route.Status);
        Assert.Equal([site.Document.Key], (await host.ChildrenAsync(null)).Select(d => d.Key));
    }

    [Theory, BothProviders]
    public async Task Create_of_an_unknown_type_is_ContentTypeNotFound(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);

        var result = await host.TryCreateAsync(new DocumentBuilder("hotel").Named("zh-Hans", "酒店"));

        Assert.Equal(ContentEditingOperationStatus.ContentTypeNotFound, result.Status);
    }

    [Theory, BothProviders]
    public async Task Element_types_cannot_be_created_as_documents(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);

        // roomType is an element type (a block of a guesthouse's room list), not a page.
        var result = await host.TryCreateAsync(new DocumentBuilder("roomType").Named("zh-Hans", "双人间")
            .With("name", "双人间").With("beds", 2).With("count", 3).With("maxGuests", 2).With("nightlyPrice", 180));

        Assert.Equal(ContentEditingOperationStatus.ContentTypeNotFound, result.Status);
        Assert.Empty(await host.ChildrenAsync(null));
    }

    [Theory, BothProviders]
    public async Task Create_under_a_parent_that_does_not_exist_is_ParentNotFound(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);

        var result = await host.TryCreateAsync(DocumentBuilder.Route(Guid.NewGuid()));

        Assert.Equal(ContentEditingOperationStatus.ParentNotFound, result.Status);
    }

    [Theory, BothProviders]
    public async Task Create_under_a_trashed_parent_is_ParentInTrash(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 0);
        Assert.Equal(ContentEditingOperationStatus.Success, await host.RecycleBinAsync(t => t.TrashAsync(tree.Route.Key, CmsTestHost.User, default)));

        var result = await host.TryCreateAsync(DocumentBuilder.Stop(tree.Route.Key, 1));

        Assert.Equal(ContentEditingOperationStatus.ParentInTrash, result.Status);
    }

    [Theory, BothProviders]
    public async Task Create_with_the_key_of_an_existing_document_is_DuplicateKey_and_leaves_that_document_alone(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var key = Guid.NewGuid();
        var first = await host.CreateAsync(DocumentBuilder.Site().WithKey(key));

        var second = await host.TryCreateAsync(DocumentBuilder.Site("Other Town", "别的镇").WithKey(key));

        Assert.Equal(ContentEditingOperationStatus.DuplicateKey, second.Status);
        Assert.Equal(first.Cultures, (await host.GetAsync(key)).Cultures);
        Assert.Single(await host.ChildrenAsync(null));
    }

    [Theory, BothProviders]
    public async Task Create_keeps_the_given_key_and_appends_to_the_end_of_its_siblings(DatabaseProvider provider)
    {
        await using var host = await CmsTestHost.StartAsync(provider);
        var tree = await ContentTree.CreateAsync(host, stops: 2);
        var key = Guid.NewGuid();

        var third = await host.CreateAsync(DocumentBuilder.Stop(tree.Route.Key, 3).WithKey(key));

        Assert.Equal(key, third.Key);
        Assert.Equal([tree.Stops[0].Key, tree.Stops[1].Key, key], (await host.ChildrenAsync(tree.Route.Key)).Select(d => d.Key));
    }
}
