using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PublishedContent;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Cms.Search;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.PublishedContent;

/// <summary>
/// A published site built in memory from builders: site → route → stops (pickers, media, blocks, culture-variant
/// text), plus a picked key that is not published and one photo with a crop.
/// </summary>
public sealed class PublishedTestSite : IDisposable
{
    public static readonly Guid Site = TestKeys.For("p:site");
    public static readonly Guid Route = TestKeys.For("p:route");
    public static readonly Guid Unpublished = TestKeys.For("p:unpublished");
    public static readonly Guid Photo = TestKeys.For("p:photo");
    public static readonly Guid[] Stops = [.. Enumerable.Range(1, 3).Select(i => TestKeys.For($"p:stop{i}"))];

    private static readonly DateTime Day = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private readonly List<PublishedDocument> _documents = [];

    public PublishedTestSite()
    {
        var schema = new SchemaBuilder()
            .WithLanguages()
            .AddElementType("faq", t => t.AddProperty("question", PropertyEditorAliases.TextBox).AddProperty("next", PropertyEditorAliases.ContentPicker))
            .AddContentType("site", t => t.AllowAtRoot().VariesByCulture())
            .AddContentType("route", t => t.VariesByCulture())
            .AddContentType("routeStop", t => t.VariesByCulture()
                .AddProperty("summary", PropertyEditorAliases.TextArea, variesByCulture: true)
                .AddProperty("orderOnRoute", PropertyEditorAliases.Integer)
                .AddProperty("latitude", PropertyEditorAliases.Decimal)
                .AddProperty("opensAt", PropertyEditorAliases.DateTime)
                .AddProperty("isSample", PropertyEditorAliases.TrueFalse)
                .AddProperty("activities", PropertyEditorAliases.Tags)
                .AddProperty("nextStop", PropertyEditorAliases.ContentPicker)
                .AddProperty("related", PropertyEditorAliases.MultiNodeTreePicker)
                .AddProperty("photos", PropertyEditorAliases.MediaPicker3, config: new JObject
                {
                    ["multiple"] = true,
                    ["crops"] = new JArray(new JObject { ["alias"] = "hero", ["width"] = 1200, ["height"] = 600 }),
                })
                .AddProperty("faqs", PropertyEditorAliases.BlockList, config: BlockListBuilder.Config(0, 0, "faq"))
                .AddProperty("body", PropertyEditorAliases.MarkdownEditor, variesByCulture: true))
            .Build();
        Schemas.Replace(schema);

        Add(Site, null, "site", 0, 1, ("竹瓦根镇", "zhuwagen"), ("Zhuwagen", "zhuwagen"));
        Add(Route, Site, "route", 0, 2, ("红色线路", "red-route"), ("Red Route", "red-route"));
        for (var i = 0; i < Stops.Length; i++)
        {
            var next = i + 1 < Stops.Length ? Stops[i + 1] : Unpublished;
            Add(Stops[i], Route, "routeStop", i, 3, ($"第{i + 1}站", $"stop-{i + 1}"), i == 2 ? null : ($"Stop {i + 1}", $"stop-{i + 1}"),
                Value("summary", $"中文简介{i + 1}", "zh-Hans"),
                i == 0 ? Value("summary", "English summary 1", "en") : null,
                Value("orderOnRoute", 10 - i),
                Value("latitude", 28.66 + i),
                Value("opensAt", $"2026-07-0{i + 1}T09:00:00+08:00"),
                Value("isSample", i == 1),
                Value("activities", new JArray("food", $"tag{i}")),
                Value("nextStop", $"umb://document/{next:N}"),
                Value("related", $"umb://document/{Unpublished:N},umb://document/{Stops[0]:N}"),
                Value("photos", new JArray(new JObject
                {
                    ["mediaKey"] = Photo.ToString(),
                    ["crops"] = new JArray(new JObject
                    {
                        ["alias"] = "hero",
                        ["coordinates"] = new JObject { ["x1"] = 0.1, ["y1"] = 0.2, ["x2"] = 0.3, ["y2"] = 0.4 },
                    }),
                })),
                Value("faqs", new BlockListBuilder()
                    .Add("faq", new JObject { ["question"] = "Where is the bus?", ["next"] = $"umb://document/{Route:N}" })
                    .Add("faq", new JObject { ["question"] = "When does it open?" })
                    .Build()),
                Value("body", "## 简介", "zh-Hans"));
        }

        Snapshot = new PublishedSnapshot(_documents, schema.Languages, 1);
        Search = new SearchIndex(Schemas);
        Search.Rebuild(Snapshot);
        Engine = new PublishedQueryEngine(Schemas, Search);
        Published = new PublishedSite(Snapshot, schema, new OnePhoto(), Engine);
    }

    public SchemaRegistry Schemas { get; } = new();

    public PublishedSnapshot Snapshot { get; }

    public SearchIndex Search { get; }

    public PublishedQueryEngine Engine { get; }

    public PublishedSite Published { get; }

    public PublishedItem Item(Guid key) => Published.ByKey(key) ?? throw new InvalidOperationException($"{key} is not published.");

    public void Dispose() => Search.Dispose();

    private static PropertyValue? Value(string alias, object? value, string? culture = null) =>
        new(alias, culture, value is null ? null : value as JToken ?? JToken.FromObject(value));

    private void Add(
        Guid key, Guid? parent, string type, int sortOrder, int level, (string Name, string Segment) zh, (string Name, string Segment)? en,
        params PropertyValue?[] values)
    {
        var cultures = new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase)
        {
            ["zh-Hans"] = new PublishedCulture(zh.Name, zh.Segment, Day),
        };
        if (en is { } e)
        {
            cultures["en"] = new PublishedCulture(e.Name, e.Segment, Day);
        }

        var index = _documents.Count;
        _documents.Add(new PublishedDocument(key, parent, type, sortOrder, level, Day.AddDays(index), Day.AddDays(index), cultures, values.OfType<PropertyValue>().ToList()));
    }

    private sealed class OnePhoto : IPublishedMediaSource
    {
        public PublishedMedia? Get(Guid key) => key == Photo
            ? new PublishedMedia(key, null, "bus.jpg", MediaTypes.Image, "/bus.jpg", default, default, "/media/ab/bus.jpg", "jpg", 1600, 900, 1234,
                new MediaFocalPoint(0.5m, 0.5m), [new MediaCrop("hero", 1200, 600, null), new MediaCrop("thumb", 300, 300, null)],
                new Dictionary<string, IReadOnlyDictionary<string, string>>
                {
                    [MediaPropertiesJson.AltText] = new Dictionary<string, string> { ["zh-Hans"] = "公交车", ["en"] = "The bus" },
                })
            : null;
    }
}
