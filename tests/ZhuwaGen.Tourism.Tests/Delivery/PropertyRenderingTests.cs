using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Delivery;
using ZhuwaGen.Tourism.Cms.Delivery.Rendering;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Languages;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Tests.Delivery;

/// <summary>Editors the seed does not use, rendered in memory (contract §1.6).</summary>
public sealed class PropertyRenderingTests
{
    private static readonly Guid PageKey = Guid.Parse("11111111-1111-4111-8111-111111111111");
    private static readonly Guid MediaKey = Guid.Parse("22222222-2222-4222-8222-222222222222");

    [Fact]
    public void Editors_render_as_the_contract_says()
    {
        var properties = Render(new Dictionary<string, JToken?>
        {
            ["links"] = JArray.Parse($$"""
                [{"udi":"umb://document/{{PageKey:N}}","name":"Home","queryString":"?ref=nav"},
                 {"udi":"umb://media/{{MediaKey:N}}","name":"Photo","target":"_blank"},
                 {"url":"https://example.org","name":"Example"}]
                """),
            ["choices"] = new JArray("a", "b"),
            ["choice"] = new JArray("a"),
            ["notes"] = JValue.CreateNull(),
            ["when"] = JValue.CreateNull(),
            ["on"] = new JValue("2027-05-01T08:30:00"),
            ["pictures"] = JArray.Parse($$$"""[{"mediaKey":"{{{MediaKey}}}","crops":[{"alias":"card","coordinates":{"x1":0.1,"y1":0.2,"x2":0.3,"y2":0.4}}]},{"mediaKey":"{{{Guid.NewGuid()}}}"}]"""),
        });

        var links = properties["links"]!.AsArray();
        Assert.Equal(["Content", "Media", "External"], links.Select(l => (string)l!["linkType"]!));
        Assert.Equal("/", (string)links[0]!["route"]!["path"]!);
        Assert.Null(links[0]!["url"]);
        Assert.Equal("?ref=nav", (string)links[0]!["queryString"]!);
        Assert.Equal("/media/photo.jpg", (string)links[1]!["url"]!);
        Assert.Equal("https://example.org", (string)links[2]!["url"]!);
        Assert.Equal(["a", "b"], properties["choices"]!.AsArray().Select(c => (string)c!));
        Assert.Equal("a", (string)properties["choice"]!);
        Assert.Equal(string.Empty, (string)properties["notes"]!);
        Assert.Null(properties["when"]);
        Assert.Equal("2027-05-01T08:30:00Z", (string)properties["on"]!);
        var picture = Assert.Single(properties["pictures"]!.AsArray())!;
        Assert.Equal(MediaKey.ToString(), (string)picture["id"]!);
        Assert.Equal(0.2m, (decimal)picture["crops"]![0]!["coordinates"]!["y1"]!);
        Assert.Equal(800, (int)picture["crops"]![0]!["width"]!);
        Assert.Empty(picture["properties"]!.AsObject());
    }

    [Fact]
    public void Markdown_is_sanitized_html()
    {
        var properties = Render(new Dictionary<string, JToken?> { ["notes"] = new JValue("**hi** <script>alert(1)</script>") });
        var html = (string)properties["notes"]!;

        Assert.Contains("<strong>hi</strong>", html);
        Assert.DoesNotContain("<script>", html);
    }

    private static JsonObject Render(Dictionary<string, JToken?> values)
    {
        var schema = Schema();
        var registry = new SchemaRegistry();
        registry.Replace(schema);
        var document = new PublishedDocument(
            PageKey, null, "testPage", 0, 1, new DateTime(2027, 1, 1), new DateTime(2027, 1, 2),
            new Dictionary<string, PublishedCulture>(StringComparer.OrdinalIgnoreCase) { ["zh-Hans"] = new("测试", "test", null) },
            values.Select(v => new PropertyValue(v.Key, null, v.Value)).ToList());
        var snapshot = new PublishedSnapshot([document], schema.Languages, 1);
        var renderer = new DeliveryContentRenderer(new OneMedia(), new FixedOptions(), registry, NoForms.Instance);
        var rendered = renderer.RenderItem(snapshot, document, "zh-Hans", null, null)!;
        return JsonNode.Parse(rendered.Utf8.Span)!["properties"]!.AsObject();
    }

    private static ContentSchema Schema()
    {
        DataType Data(string alias, string editor, string config = "{}") => new(Guid.NewGuid(), alias, alias, editor, null, JObject.Parse(config));
        var dataTypes = new[]
        {
            Data("links", PropertyEditorAliases.MultiUrlPicker),
            Data("choices", PropertyEditorAliases.DropDownFlexible, """{"multiple": true, "items": ["a", "b"]}"""),
            Data("choice", PropertyEditorAliases.DropDownFlexible, """{"multiple": false, "items": ["a", "b"]}"""),
            Data("notes", PropertyEditorAliases.MarkdownEditor),
            Data("when", PropertyEditorAliases.DateTime),
            Data("on", PropertyEditorAliases.DateTime),
            Data("pictures", PropertyEditorAliases.MediaPicker3, """{"multiple": true, "crops": [{"alias": "card", "width": 800, "height": 600}]}"""),
        };
        var properties = dataTypes.Select(d => new PropertyType(Guid.NewGuid(), d.Alias, d.Alias, d.Key, d.EditorAlias)).ToList();
        var type = new ContentType(Guid.NewGuid(), "testPage", "Test page", "icon", null, true, false, ContentVariation.Nothing, [], [], properties, []);
        var languages = new[] { new Language(Guid.NewGuid(), "zh-Hans", "中文", true, true, null), new Language(Guid.NewGuid(), "en", "English", false, false, "zh-Hans") };
        return new ContentSchema(languages, dataTypes, [type]);
    }

    private sealed class OneMedia : IPublishedMediaSource
    {
        public PublishedMedia? Get(Guid key) => key == MediaKey
            ? new PublishedMedia(key, null, "photo.jpg", "Image", "/photo.jpg", default, default, "/media/photo.jpg", "jpg", 1600, 900, 1234, null, [],
                new Dictionary<string, IReadOnlyDictionary<string, string>>())
            : null;
    }

    private sealed class FixedOptions : IOptionsMonitor<DeliveryApiOptions>
    {
        public DeliveryApiOptions CurrentValue { get; } = new();

        public DeliveryApiOptions Get(string? name) => CurrentValue;

        public IDisposable? OnChange(Action<DeliveryApiOptions, string?> listener) => null;
    }
}
