using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Delivery;
using ZhuwaGen.Tourism.Cms.Delivery.Querying;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Cms.Search;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.Delivery.Querying;

/// <summary>
/// A small published site built in memory for engine tests: a route with five stops (sort order and orderOnRoute
/// run opposite ways), events with and without a start date, notices, a disallowed "settings" item, an item that
/// exists only in English, and a second root whose child has the same segment as the route.
/// </summary>
public sealed class QuerySite : IDisposable
{
    public static readonly Guid Site = TestKeys.For("q:site");
    public static readonly Guid Route = TestKeys.For("q:route");
    public static readonly Guid Events = TestKeys.For("q:events");
    public static readonly Guid OtherSite = TestKeys.For("q:other");
    public static readonly Guid OtherRoute = TestKeys.For("q:other-route");
    public static readonly Guid Settings = TestKeys.For("q:settings");
    public static readonly Guid EnglishOnly = TestKeys.For("q:english-only");
    public static readonly Guid[] Stops = [.. Enumerable.Range(1, 5).Select(i => TestKeys.For($"q:stop{i}"))];
    public static readonly Guid[] EventKeys = [.. Enumerable.Range(1, 4).Select(i => TestKeys.For($"q:event{i}"))];
    public static readonly Guid[] Notices = [.. Enumerable.Range(1, 2).Select(i => TestKeys.For($"q:notice{i}"))];

    private static readonly DateTime Day = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly List<PublishedDocument> _documents = [];

    public QuerySite(params string[] disallowed)
    {
        var schema = new SchemaBuilder()
            .WithLanguages()
            .AddContentType("site", t => t.AllowAtRoot().VariesByCulture())
            .AddContentType("route", t => t.VariesByCulture())
            .AddContentType("routeStop", t => t.VariesByCulture()
                .AddProperty("orderOnRoute", PropertyEditorAliases.Integer)
                .AddProperty("isSample", PropertyEditorAliases.TrueFalse)
                .AddProperty("activities", PropertyEditorAliases.Tags)
                .AddProperty("summary", PropertyEditorAliases.TextArea, variesByCulture: true)
                .AddProperty("body", PropertyEditorAliases.MarkdownEditor, variesByCulture: true))
            .AddContentType("eventList", t => t.VariesByCulture())
            .AddContentType("event", t => t.VariesByCulture()
                .AddProperty("startDate", PropertyEditorAliases.DateTime)
                .AddProperty("capacity", PropertyEditorAliases.Integer)
                .AddProperty("isSample", PropertyEditorAliases.TrueFalse)
                .AddProperty("venueName", PropertyEditorAliases.TextBox, variesByCulture: true))
            .AddContentType("notice", t => t.VariesByCulture()
                .AddProperty("severity", PropertyEditorAliases.DropDownFlexible)
                .AddProperty("validFrom", PropertyEditorAliases.DateTime))
            .AddContentType("settings")
            .Build();
        Schemas.Replace(schema);

        Add(Site, null, "site", 0, 1, ("竹瓦根镇", "zhuwagen"), ("Zhuwagen Town", "zhuwagen"));
        Add(Route, Site, "route", 0, 2, ("桑久—巴嘎特色旅游线路", "sangjiu-baga"), ("Sangjiu–Baga Route", "sangjiu-baga"));
        (string Zh, string En, string Summary, string EnSummary, string[] Tags)[] stops =
        [
            ("桑久红色驿站", "Sangjiu Red Station", "线路的起点，听边疆建设的故事", "Where the route begins", ["study-recreation"]),
            ("学尼村农业观光休闲旅游项目", "Xueni Village Agritourism Park", "集现代农业产业园、果蔬采摘和田园休闲于一体", "Fruit picking in the orchards", ["sightseeing-picking"]),
            ("西托拉卡缅民感恩广场", "Xituo Laka Gratitude Square", "村民聚会、跳锅庄的地方", "The village gathering place", ["study-recreation"]),
            ("扎拉村壹亩良田合作社", "Zhala Village Cooperative", "合作社直营店", "A cooperative shop selling local food", ["food-shopping"]),
            ("雄久村和美宜居乡村", "Xiongjiu Livable Village", "线路的终点", "The end of the route, a village to stay in", ["food-shopping", "sightseeing-picking"]),
        ];
        for (var i = 0; i < stops.Length; i++)
        {
            var (zh, en, summary, enSummary, tags) = stops[i];
            Add(Stops[i], Route, "routeStop", i, 3, (zh, $"stop{i + 1}"), (en, $"stop{i + 1}"),
                Value("orderOnRoute", 5 - i), Value("isSample", i == 4), Value("activities", new JArray(tags)),
                Value("summary", summary, "zh-Hans"), Value("summary", enSummary, "en"),
                Value("body", $"## 简介\n\n**{zh}**", "zh-Hans"));
        }

        Add(Events, Site, "eventList", 1, 2, ("活动", "events"), ("Events", "events"));
        (string Name, string? Start, int Capacity)[] events =
        [
            ("研学日", "2027-07-10T09:30:00", 60), ("秋季采摘节", "2027-09-25T10:00:00", 300),
            ("农夫市集", "2027-10-16T10:00:00", 200), ("日期待定", null, 10),
        ];
        for (var i = 0; i < events.Length; i++)
        {
            var (name, start, capacity) = events[i];
            Add(EventKeys[i], Events, "event", i, 3, (name, $"event{i + 1}"), null,
                Value("startDate", start), Value("capacity", capacity), Value("isSample", true), Value("venueName", $"会场{i + 1}", "zh-Hans"));
        }

        Add(Notices[0], Site, "notice", 2, 2, ("边境通行证", "permit"), ("Frontier Pass", "permit"),
            Value("severity", new JArray("advisory")), Value("validFrom", "2024-01-01T00:00:00"));
        Add(Notices[1], Site, "notice", 3, 2, ("雨季出行提示", "rain"), ("Rainy Season", "rain"),
            Value("severity", new JArray("warning")), Value("validFrom", "2027-06-01T00:00:00"));
        Add(Settings, Site, "settings", 4, 2, ("设置", "settings"), null);
        Add(EnglishOnly, Site, "notice", 5, 2, null, ("English Only Notice", "english-only"), Value("severity", new JArray("advisory")));
        Add(OtherSite, null, "site", 1, 1, ("另一站点", "other"), null);
        Add(OtherRoute, OtherSite, "route", 0, 2, ("另一条线路", "sangjiu-baga"), null);

        Snapshot = new PublishedSnapshot(_documents, schema.Languages, 1);
        Search = new SearchIndex(Schemas);
        Search.Rebuild(Snapshot);
        Engine = new ContentQueryEngine(new PublishedQueryEngine(Schemas, Search), Options.Create(new DeliveryApiOptions { DisallowedContentTypeAliases = [.. disallowed] }));
    }

    public SchemaRegistry Schemas { get; } = new();

    public PublishedSnapshot Snapshot { get; }

    public SearchIndex Search { get; }

    public ContentQueryEngine Engine { get; }

    public ContentQueryResult Query(
        string? fetch = null, string[]? filters = null, string[]? sorts = null, int skip = 0, int take = 100, string culture = "zh-Hans", Guid? startItem = null) =>
        Engine.Execute(Snapshot, new ContentQuery(fetch, filters ?? [], sorts ?? [], skip, take), culture, startItem);

    /// <summary>The keys of a successful query, in order.</summary>
    public Guid[] Keys(
        string? fetch = null, string[]? filters = null, string[]? sorts = null, string culture = "zh-Hans", Guid? startItem = null)
    {
        var result = Query(fetch, filters, sorts, culture: culture, startItem: startItem);
        Assert.Equal(ContentQueryStatus.Success, result.Status);
        Assert.Equal(result.Total, result.Items.Count);
        return result.Items.Select(d => d.Key).ToArray();
    }

    public void Dispose() => Search.Dispose();

    private static PropertyValue Value(string alias, object? value, string? culture = null) =>
        new(alias, culture, value is null ? null : JToken.FromObject(value));

    private void Add(
        Guid key, Guid? parent, string type, int sortOrder, int level, (string Name, string Segment)? zh, (string Name, string Segment)? en,
        params PropertyValue[] values)
    {
        var cultures = new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase);
        if (zh is { } z)
        {
            cultures["zh-Hans"] = new PublishedCulture(z.Name, z.Segment, Day);
        }

        if (en is { } e)
        {
            cultures["en"] = new PublishedCulture(e.Name, e.Segment, Day);
        }

        var index = _documents.Count;
        _documents.Add(new PublishedDocument(
            key, parent, type, sortOrder, level, Day.AddDays(index), Day.AddDays(100 - index), cultures, values.Where(v => v.Value is not null).ToList()));
    }
}
