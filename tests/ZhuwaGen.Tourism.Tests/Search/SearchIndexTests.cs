using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Search;
using ZhuwaGen.Tourism.Tests.Delivery.Querying;
using static ZhuwaGen.Tourism.Tests.Delivery.Querying.QuerySite;

namespace ZhuwaGen.Tourism.Tests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly QuerySite _site = new();

    [Fact]
    public void Chinese_is_segmented_into_words()
    {
        var terms = SearchAnalyzers.Terms("zh-Hans", "学尼村农业观光休闲旅游项目，果蔬采摘");

        Assert.Contains("农业", terms);
        Assert.Contains("采摘", terms);
        Assert.DoesNotContain("，", terms);
    }

    [Fact]
    public void English_is_stemmed_and_drops_stop_words() =>
        Assert.Equal(["pick", "orchard"], SearchAnalyzers.Terms("en", "Picking in the orchards"));

    [Fact]
    public void Tibetan_is_split_into_syllables_at_the_tsheg() =>
        Assert.Equal(["བཀྲ", "ཤིས", "བདེ", "ལེགས"], SearchAnalyzers.Terms("bo", "བཀྲ་ཤིས་བདེ་ལེགས"));

    [Fact]
    public void A_search_never_builds_the_index()
    {
        using var empty = new SearchIndex(_site.Schemas);

        Assert.Throws<SearchIndexNotReadyException>(() => empty.Search("Xueni", "en"));
        Assert.False(empty.IsBuilt);
        Assert.Equal(0, empty.Rebuilds);
        Assert.Equal(-1, empty.Generation);
    }

    [Fact]
    public void A_rebuild_indexes_the_whole_snapshot_once()
    {
        Assert.Equal(1, _site.Search.Rebuilds);
        Assert.Equal(_site.Snapshot.Generation, _site.Search.Generation);
        Assert.Equal([Stops[1]], _site.Search.Search("Xueni", "en").Keys);
    }

    [Fact]
    public void Update_reindexes_changed_keys_and_drops_gone_ones()
    {
        var renamed = Renamed(_site.Snapshot.ByKey(Stops[1])!, "Peach Blossom Park");
        var next = _site.Snapshot.With([renamed], [Stops[0]]);

        _site.Search.Update(next, [Stops[1], Stops[0]]);

        Assert.Equal(next.Generation, _site.Search.Generation);
        Assert.Equal(1, _site.Search.Rebuilds);
        Assert.Equal([Stops[1]], _site.Search.Search("blossom", "en").Keys);
        Assert.Empty(_site.Search.Search("Xueni", "en"));
        Assert.Empty(_site.Search.Search("Sangjiu Red Station", "en"));
        Assert.NotEmpty(_site.Search.Search("Xiongjiu", "en"));
    }

    [Fact]
    public void A_newer_snapshot_the_index_was_not_told_about_is_not_searched_until_the_update_comes()
    {
        var next = _site.Snapshot.With([Renamed(_site.Snapshot.ByKey(Stops[1])!, "Peach Blossom Park")], []);

        Assert.Empty(_site.Search.Search("blossom", "en"));
        Assert.Equal([Stops[1]], _site.Search.Search("Xueni", "en").Keys);
        Assert.Equal(1, _site.Search.Rebuilds);

        _site.Search.Update(next, [Stops[1]]);
        Assert.Equal([Stops[1]], _site.Search.Search("blossom", "en").Keys);
    }

    [Fact]
    public void An_older_snapshot_does_not_roll_the_index_back()
    {
        var next = _site.Snapshot.With([Renamed(_site.Snapshot.ByKey(Stops[1])!, "Peach Blossom Park")], []);
        _site.Search.Update(next, [Stops[1]]);

        _site.Search.Rebuild(_site.Snapshot);

        Assert.Equal(next.Generation, _site.Search.Generation);
        Assert.Equal(1, _site.Search.Rebuilds);
    }

    [Fact]
    public void Each_culture_is_searched_in_its_own_text()
    {
        Assert.Equal([Stops[1]], _site.Search.Search("orchards", "en").Keys);
        Assert.Empty(_site.Search.Search("orchards", "zh-Hans"));
        Assert.Contains(Stops[1], _site.Search.Search("果蔬", "zh-Hans").Keys);
    }

    public void Dispose() => _site.Dispose();

    private static PublishedDocument Renamed(PublishedDocument document, string englishName)
    {
        var cultures = new Dictionary<string, PublishedCulture>(document.Cultures, StringComparer.OrdinalIgnoreCase)
        {
            ["en"] = document.Cultures["en"] with { Name = englishName },
        };
        return document with { Cultures = cultures, Values = [.. document.Values.Where(v => v.Culture != "en")] };
    }
}
