using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using static ZhuwaGen.Tourism.Tests.Delivery.Querying.QuerySite;

namespace ZhuwaGen.Tourism.Tests.Delivery.Querying;

public sealed class SelectorTests : IDisposable
{
    private readonly QuerySite _site = new();

    [Fact]
    public void Children_by_route_path_are_the_stops_in_sort_order()
    {
        Assert.Equal(Stops, _site.Keys("children:/sangjiu-baga/", sorts: ["sortOrder:asc"]));
        Assert.Equal(Stops, _site.Keys("children:sangjiu-baga"));
    }

    [Fact]
    public void Children_by_key_are_the_immediate_children_only()
    {
        Assert.Equal(Stops, _site.Keys($"children:{Route}"));
        Assert.Equal([Route, Events, Notices[0], Notices[1], Settings], _site.Keys($"children:{Site:N}"));
    }

    [Fact]
    public void Descendants_are_every_item_below_in_tree_order_without_the_item_itself()
    {
        Assert.Equal(EventKeys, _site.Keys("descendants:/events/"));
        Assert.Equal(EventKeys, _site.Keys($"descendants:{Events}"));
        Assert.Equal(Stops, _site.Keys("descendants:/sangjiu-baga/"));
    }

    [Fact]
    public void Ancestors_are_every_item_above_root_first_without_the_item_itself()
    {
        Assert.Equal([Site, Route], _site.Keys($"ancestors:{Stops[2]}"));
        Assert.Equal([Site, Route], _site.Keys("ancestors:/sangjiu-baga/stop3/"));
        Assert.Empty(_site.Keys($"ancestors:{Site}"));
    }

    [Theory]
    [InlineData("CHILDREN:/sangjiu-baga/")]
    [InlineData("Children:/sangjiu-baga/")]
    [InlineData("children:/SANGJIU-BAGA/")]
    public void The_prefix_and_the_path_ignore_case(string fetch) => Assert.Equal(Stops, _site.Keys(fetch));

    [Theory]
    [InlineData("siblings:/sangjiu-baga/")]
    [InlineData("children")]
    [InlineData("child:/sangjiu-baga/")]
    public void An_unknown_selector_is_selector_option_not_found(string fetch) =>
        Assert.Equal(ContentQueryStatus.SelectorOptionNotFound, _site.Query(fetch).Status);

    [Theory]
    [InlineData("children:/nowhere/")]
    [InlineData("children:00000000-0000-0000-0000-000000000001")]
    [InlineData("descendants:")]
    [InlineData("ancestors:/sangjiu-baga/no-such-stop/")]
    public void An_unresolvable_target_is_an_empty_page_not_an_error(string fetch)
    {
        var result = _site.Query(fetch);

        Assert.Equal(ContentQueryStatus.Success, result.Status);
        Assert.Equal(0, result.Total);
        Assert.Empty(result.Items);
    }

    [Fact]
    public void Without_fetch_every_item_the_culture_can_show_comes_in_tree_order()
    {
        var zh = _site.Keys();
        var en = _site.Keys(culture: "en");

        Assert.Equal(
            [Site, Route, .. Stops, Events, .. EventKeys, Notices[0], Notices[1], Settings, OtherSite, OtherRoute], zh);
        Assert.Contains(EnglishOnly, en);
        Assert.DoesNotContain(EnglishOnly, zh);
    }

    [Fact]
    public void A_route_path_resolves_under_the_start_item()
    {
        Assert.Equal([OtherRoute], _site.Keys("descendants:/", startItem: OtherSite));
        Assert.Empty(_site.Keys("children:/sangjiu-baga/", startItem: OtherSite));
        Assert.Equal(Stops, _site.Keys("children:/sangjiu-baga/", startItem: Site));
        Assert.Equal(Stops, _site.Keys($"children:{Route}", startItem: OtherSite));
    }

    [Fact]
    public void Without_fetch_a_start_item_limits_the_answer_to_its_descendants()
    {
        Assert.Equal([OtherRoute], _site.Keys(startItem: OtherSite));
        Assert.DoesNotContain(OtherSite, _site.Keys(startItem: Site));
        Assert.Contains(Stops[0], _site.Keys(startItem: Site));
    }

    [Fact]
    public void Disallowed_content_types_are_never_returned()
    {
        using var site = new QuerySite("settings", "EVENT");

        Assert.DoesNotContain(Settings, site.Keys());
        Assert.Empty(site.Keys(filters: ["contentType:settings"]));
        Assert.Empty(site.Keys($"children:{Events}"));
        Assert.Equal(Stops, site.Keys("children:/sangjiu-baga/"));
    }

    [Fact]
    public void A_culture_the_site_lacks_is_answered_in_the_default_culture() =>
        Assert.Equal(_site.Keys(), _site.Keys(culture: "fr-FR"));

    public void Dispose() => _site.Dispose();
}
