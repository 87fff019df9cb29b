using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.BlockList;

public sealed class BlockListEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.BlockList);

    private static ContentSchema Schema() => new SchemaBuilder().WithLanguages()
        .AddElementType("faq", t => t.AddProperty("question", PropertyEditorAliases.TextBox))
        .AddElementType("faqSettings", t => t.AddProperty("hidden", PropertyEditorAliases.TrueFalse))
        .AddDataType("faqs", PropertyEditorAliases.BlockList, BlockListBuilder.Config(0, 0, "faq"))
        .Build();

    [Fact]
    public void Converts_layout_entries_to_elements_in_order_leaving_out_missing_content()
    {
        var value = new BlockListBuilder()
            .Add("faq", new JObject { ["question"] = "Where?" }, "faqSettings", new JObject { ["hidden"] = true })
            .Add("faq", new JObject { ["question"] = "When?" })
            .Build();
        ((JArray)value["layout"]!["Umbraco.BlockList"]!).Add(new JObject { ["contentUdi"] = BlockListBuilder.NewElementUdi() });

        var blocks = Assert.IsType<BlockListModel>(_unit.Convert(value, schema: Schema()));

        Assert.Equal(2, blocks.Items.Count);
        Assert.Equal("faq", blocks.Items[0].Content.ContentType?.Alias);
        Assert.Equal("Where?", blocks.Items[0].Content.Value("question")?.Value<string>());
        Assert.Equal("faqSettings", blocks.Items[0].Settings?.ContentType?.Alias);
        Assert.Null(blocks.Items[1].Settings);
        Assert.NotNull(blocks.Items[1].Content.Key);
    }

    [Fact]
    public void Its_data_type_rules_require_element_types()
    {
        var schema = new SchemaBuilder().WithLanguages()
            .AddContentType("page")
            .AddDataType("blocks", PropertyEditorAliases.BlockList, BlockListBuilder.Config(0, 0, "page"))
            .Build();

        Assert.Contains(SchemaValidator.Validate(schema), e => e.Message.Contains("not an element type", StringComparison.Ordinal));
        Assert.Null(_unit.QueryKind);
    }

    [Fact]
    public void Validates_that_each_layout_entry_has_its_content()
    {
        var value = new JObject
        {
            ["layout"] = new JObject { ["Umbraco.BlockList"] = new JArray(new JObject { ["contentUdi"] = BlockListBuilder.NewElementUdi() }) },
            ["contentData"] = new JArray(),
        };

        Assert.Contains(_unit.Validate(value), e => e.Message.Contains("not in contentData", StringComparison.Ordinal));
    }
}
