using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.Documents.Validation;

public sealed class BlockListValidationTests
{
    private static readonly ContentSchema Schema = new SchemaBuilder().WithLanguages()
        .AddElementType("roomType", t => t
            .AddProperty("title", PropertyEditorAliases.TextBox, mandatory: true)
            .AddProperty("beds", PropertyEditorAliases.Integer, config: new JObject { ["min"] = 1, ["max"] = 6 }))
        .AddElementType("notice", t => t.AddProperty("text", PropertyEditorAliases.TextArea))
        .AddContentType("hotel", t => t.VariesByCulture()
            .AddProperty("roomTypes", PropertyEditorAliases.BlockList, variesByCulture: true,
                config: BlockListBuilder.Config(min: 1, max: 3, "roomType")))
        .Build();

    private static IReadOnlyList<PropertyValidationError> Validate(JToken blocks) =>
        new DocumentValidator().Validate(
            Schema,
            Schema.FindContentType("hotel")!,
            new Dictionary<string, string> { ["en"] = "Lhasa Hotel" },
            new PropertyValuesBuilder().For("en", "roomTypes", blocks).Build(),
            ["en"]);

    private static JObject Room(string? title, int beds) => new() { ["title"] = title, ["beds"] = beds };

    [Fact]
    public void Valid_blocks_pass()
    {
        Assert.Empty(Validate(new BlockListBuilder().Add("roomType", Room("Double", 2)).Add("roomType", Room("Dorm", 6)).Build()));
    }

    [Fact]
    public void Block_list_item_errors_name_the_item_index()
    {
        var blocks = new BlockListBuilder().Add("roomType", Room("Double", 2)).Add("roomType", Room(null, 9)).Build();

        var errors = Validate(blocks);

        Assert.Equal(
            new[] { ("roomTypes[2].beds", (string?)"en"), ("roomTypes[2].title", (string?)"en") },
            errors.Select(e => (e.Alias, e.Culture)).OrderBy(e => e.Alias));
        Assert.Contains(errors, e => e.Message == "Enter a whole number between 1 and 6.");
    }

    [Fact]
    public void Block_of_an_element_type_not_configured_is_rejected()
    {
        var error = Assert.Single(Validate(new BlockListBuilder().Add("notice", new JObject { ["text"] = "Closed" }).Build()));

        Assert.Equal("roomTypes[1]", error.Alias);
    }

    [Fact]
    public void Block_count_respects_the_validation_limit()
    {
        var four = new BlockListBuilder();
        for (var i = 0; i < 4; i++)
        {
            four.Add("roomType", Room("Room", 1));
        }

        var error = Assert.Single(Validate(four.Build()));

        Assert.Equal(("roomTypes", (string?)"en"), (error.Alias, error.Culture));
        Assert.Contains("at most 3", error.Message);
    }

    [Fact]
    public void Layout_entry_must_refer_to_a_content_data_item()
    {
        var blocks = new BlockListBuilder().Add("roomType", Room("Double", 2)).Build();
        blocks["layout"]!["Umbraco.BlockList"]![0]!["contentUdi"] = BlockListBuilder.NewElementUdi();

        var error = Assert.Single(Validate(blocks));

        Assert.Equal("roomTypes[1]", error.Alias);
    }

    [Fact]
    public void Content_data_items_need_an_element_udi()
    {
        var blocks = new BlockListBuilder().Add("roomType", Room("Double", 2)).Build();
        blocks["contentData"]![0]!["udi"] = "umb://document/0123456789abcdef0123456789abcdef";

        Assert.Contains(Validate(blocks), e => e.Alias == "roomTypes" && e.Message.Contains("umb://element/"));
    }

    [Fact]
    public void Value_that_is_not_a_block_list_object_is_rejected_without_throwing()
    {
        Assert.Single(Validate(new JArray("room")));
        Assert.Single(Validate(new JObject { ["layout"] = "x", ["contentData"] = new JArray(1) }));
    }

    [Fact]
    public void Nested_block_lists_extend_the_path()
    {
        var schema = new SchemaBuilder().WithLanguages()
            .AddElementType("bed", t => t.AddProperty("size", PropertyEditorAliases.TextBox, mandatory: true))
            .AddElementType("room", t => t.AddProperty("beds", PropertyEditorAliases.BlockList, config: BlockListBuilder.Config(0, 0, "bed")))
            .AddContentType("hotel", t => t.AddProperty("rooms", PropertyEditorAliases.BlockList, config: BlockListBuilder.Config(0, 0, "room")))
            .Build();
        var beds = new BlockListBuilder().Add("bed", new JObject { ["size"] = "king" }).Add("bed", new JObject { ["size"] = "" }).Build();
        var rooms = new BlockListBuilder().Add("room", new JObject { ["beds"] = beds }).Build();

        var error = Assert.Single(new DocumentValidator().Validate(
            schema, schema.FindContentType("hotel")!, Names.Default("Hotel"),
            new PropertyValuesBuilder().Invariant("rooms", rooms).Build(), ["zh-Hans"]));

        Assert.Equal(("rooms[1].beds[2].size", (string?)null), (error.Alias, error.Culture));
    }
}
