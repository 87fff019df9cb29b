using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using static ZhuwaGen.Tourism.Tests.PublishedContent.PublishedTestSite;

namespace ZhuwaGen.Tourism.Tests.PublishedContent;

public sealed class PublishedItemTests : IDisposable
{
    private readonly PublishedTestSite _site = new();

    [Fact]
    public void Typed_values_come_from_each_editors_converter()
    {
        var stop = _site.Item(Stops[0]);

        Assert.Equal(10, stop.Value<int?>("orderOnRoute", "en"));
        Assert.Equal(10L, stop.Value("orderOnRoute", "en"));
        Assert.Equal(28.66m, stop.Value<decimal?>("latitude", "en"));
        Assert.Equal(28.66, stop.Value<double>("latitude", "en"));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero), stop.Value<DateTimeOffset?>("opensAt", "en"));
        Assert.False(stop.Value<bool>("isSample", "en"));
        Assert.Equal(["food", "tag0"], stop.Value<IReadOnlyList<string>>("activities", "en"));
        Assert.Contains("<h2>简介</h2>", stop.Value<string>("body", "zh-Hans"));
    }

    [Fact]
    public void A_missing_or_unconvertible_value_is_the_fallback()
    {
        var stop = _site.Item(Stops[0]);

        Assert.Null(stop.Value<int?>("noSuchProperty", "en"));
        Assert.Equal(-1, stop.Value("noSuchProperty", "en", -1));
        Assert.Null(stop.Value<Guid?>("orderOnRoute", "en"));
        Assert.False(stop.HasValue("noSuchProperty", "en"));
    }

    [Fact]
    public void Culture_variant_values_and_names_fall_back_along_the_language_chain()
    {
        var first = _site.Item(Stops[0]);
        var second = _site.Item(Stops[1]);
        var third = _site.Item(Stops[2]);

        Assert.Equal("English summary 1", first.Value<string>("summary", "en"));
        Assert.Equal("中文简介2", second.Value<string>("summary", "en"));
        Assert.Equal("中文简介1", first.Value<string>("summary", "zh-Hans"));
        Assert.Equal("第3站", third.Name("en"));
        Assert.Equal("zh-Hans", third.CultureShown("en"));
        Assert.Equal("中文简介1", first.Value<string>("summary", "bo"));
    }

    [Fact]
    public void Parent_children_ancestors_and_urls_follow_the_snapshot()
    {
        var stop = _site.Item(Stops[1]);
        var route = _site.Item(Route);

        Assert.Equal(Route, stop.Parent?.Key);
        Assert.Equal([Route, Site], stop.Ancestors().Select(a => a.Key));
        Assert.Equal(Stops, route.Children().Select(c => c.Key));
        Assert.Equal("/red-route/stop-2/", stop.Url("en"));
        Assert.Equal("/", _site.Item(Site).Url("zh-Hans"));
        Assert.Null(_site.Item(Site).Parent);
        Assert.Empty(_site.Item(Site).Ancestors());
    }

    [Fact]
    public void Pickers_resolve_to_published_items_and_unpublished_picks_drop_out()
    {
        var first = _site.Item(Stops[0]);
        var last = _site.Item(Stops[2]);

        Assert.Equal(Stops[1], first.Value<PublishedItem>("nextStop", "en")?.Key);
        Assert.Null(last.Value<PublishedItem>("nextStop", "en"));
        Assert.Equal([Stops[0]], first.Value<IReadOnlyList<PublishedItem>>("related", "en")!.Select(i => i.Key));
    }

    [Fact]
    public void Media_resolves_to_urls_with_the_pick_crops()
    {
        var photo = Assert.Single(_site.Item(Stops[0]).Value<IReadOnlyList<MediaWithCrops>>("photos", "en")!);

        Assert.Equal("/media/ab/bus.jpg", photo.Url);
        Assert.Equal("/media/ab/bus.jpg?crop=hero", photo.CropUrl("hero"));
        Assert.Equal("/media/ab/bus.jpg?crop=hero&width=600", photo.CropUrl("hero", 600));
        Assert.Null(photo.CropUrl("thumb"));
        Assert.Equal(new MediaCropCoordinates(0.1m, 0.2m, 0.3m, 0.4m), Assert.Single(photo.Crops).Coordinates);
        Assert.Equal(new MediaFocalPoint(0.5m, 0.5m), photo.FocalPoint);
        Assert.Equal("The bus", photo.AltText("en", "zh-Hans"));
        Assert.Equal(Photo, _site.Item(Stops[0]).Value<MediaWithCrops>("photos", "en")?.Key);
    }

    [Fact]
    public void Block_lists_are_lists_of_typed_elements()
    {
        var blocks = _site.Item(Stops[0]).Value<IReadOnlyList<PublishedBlock>>("faqs", "en")!;

        Assert.Equal(["Where is the bus?", "When does it open?"], blocks.Select(b => b.Content.Value<string>("question")));
        Assert.All(blocks, b => Assert.Equal("faq", b.Content.ContentTypeAlias));
        Assert.Equal(Route, blocks[0].Content.Value<PublishedItem>("next")?.Key);
        Assert.Null(blocks[1].Content.Value<PublishedItem>("next"));
        Assert.Null(blocks[0].Settings);
    }

    [Fact]
    public void An_item_reads_html_markup_as_its_type_too() =>
        Assert.IsType<HtmlMarkup>(_site.Item(Stops[0]).Value("body", "zh-Hans"));

    public void Dispose() => _site.Dispose();
}
