using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Tests.Schema;

public sealed class SchemaFileReaderTests
{
    [Fact]
    public void Valid_sample_parses_into_the_model()
    {
        var result = SchemaFileReader.Parse(SchemaXml.Valid);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var schema = result.Schema!;
        Assert.Equal(["zh-Hans", "en-US"], schema.Languages.Select(l => l.IsoCode));
        Assert.Equal("zh-Hans", schema.DefaultCulture);
        Assert.Equal("简体中文", schema.Languages[0].CultureName);
        Assert.Equal("zh-Hans", schema.FindLanguage("en-US")!.FallbackIsoCode);
        Assert.Null(schema.Languages[0].FallbackIsoCode);

        var textstring = schema.FindDataType(Guid.Parse(SchemaXml.TextstringKey))!;
        Assert.Equal(PropertyEditorAliases.TextBox, textstring.EditorAlias);
        Assert.Equal("Umb.PropertyEditorUi.TextBox", textstring.EditorUiAlias);
        Assert.Equal(512, textstring.MaxChars);

        var eventType = schema.FindContentType("event")!;
        Assert.Equal("icon-calendar", eventType.Icon);
        Assert.Equal(ContentVariation.Culture, eventType.Variations);
        Assert.Equal(["seo"], eventType.Compositions);
        Assert.Equal(["title", "highlights", "capacity"], eventType.Properties.Select(p => p.Alias));
        Assert.Equal(["title", "highlights", "capacity", "metaTitle"], schema.AllProperties(eventType).Select(p => p.Alias));

        var title = eventType.Properties[0];
        Assert.Equal(Guid.Parse("40000000-0000-4000-8000-000000000003"), title.Key);
        Assert.True(title.Mandatory);
        Assert.Equal("^.{1,80}$", title.ValidationRegex);
        Assert.Equal("Shown as the page headline", title.Description);
        Assert.Equal("content", title.GroupAlias);
        Assert.Equal(ContentVariation.Culture, title.Variations);
        Assert.Equal("A title is needed", title.MandatoryMessage);
        Assert.Equal("At most 80 characters", title.ValidationRegexMessage);
        Assert.True(title.LabelOnTop);

        Assert.Equal(new PropertyGroup(Guid.Parse("50000000-0000-4000-8000-000000000001"), "content", "Content", "Tab", 0),
            Assert.Single(eventType.Groups));
        Assert.True(schema.FindContentType("highlight")!.IsElement);
        Assert.Equal(["event"], schema.FindContentType("home")!.AllowedChildren);
        Assert.True(schema.FindContentType("home")!.AllowAtRoot);
    }

    [Fact]
    public void Omitted_optional_elements_get_defaults()
    {
        var schema = SchemaFileReader.Parse(SchemaXml.Valid).Schema!;

        var number = schema.FindDataType(Guid.Parse(SchemaXml.NumberKey))!;
        Assert.Null(number.EditorUiAlias);
        Assert.Empty(number.Config);
        Assert.Null(number.Folder);

        var home = schema.FindContentType("home")!;
        Assert.Equal("icon-document", home.Icon);
        Assert.Null(home.Description);
        Assert.False(home.IsElement);
        Assert.Equal(ContentVariation.Nothing, home.Variations);
        Assert.Empty(home.Compositions);
        Assert.Empty(home.Properties);
        Assert.Empty(home.Groups);

        var heading = Assert.Single(schema.FindContentType("highlight")!.Properties);
        Assert.False(heading.Mandatory);
        Assert.Null(heading.ValidationRegex);
        Assert.Null(heading.Description);
        Assert.Null(heading.GroupAlias);
        Assert.Equal(ContentVariation.Nothing, heading.Variations);
        Assert.Null(heading.MandatoryMessage);
        Assert.False(heading.LabelOnTop);
        Assert.Equal(0, heading.SortOrder);
    }

    [Fact]
    public void Sort_order_defaults_to_position_and_allowed_children_follow_sort_order()
    {
        var xml = SchemaXml.WithContentTypes(
            SchemaXml.ContentType("list", "30000000-0000-4000-8000-0000000000a1", properties:
                SchemaXml.Property("zeta", "40000000-0000-4000-8000-0000000000a1")
                + SchemaXml.Property("alpha", "40000000-0000-4000-8000-0000000000a2")));
        xml = SchemaXml.With(
            """<ContentType Key="30000000-0000-4000-8000-000000000003" SortOrder="0">event</ContentType>""",
            """<ContentType SortOrder="5">event</ContentType><ContentType SortOrder="1">list</ContentType>""", xml);

        var schema = SchemaFileReader.Parse(xml).Schema!;

        var list = schema.FindContentType("list")!;
        Assert.Equal([("zeta", 0), ("alpha", 1)], list.Properties.Select(p => (p.Alias, p.SortOrder)));
        Assert.Equal(["list", "event"], schema.FindContentType("home")!.AllowedChildren);
    }

    [Fact]
    public void Property_tab_missing_from_Tabs_gets_a_stable_group()
    {
        var first = SchemaFileReader.Parse(SchemaXml.Valid).Schema!.FindContentType("seo")!;
        var second = SchemaFileReader.Parse(SchemaXml.Valid).Schema!.FindContentType("seo")!;

        var group = Assert.Single(first.Groups);
        Assert.Equal(("seo", "SEO", "Group"), (group.Alias, group.Caption, group.Type));
        Assert.NotEqual(Guid.Empty, group.Key);
        Assert.Equal(group, Assert.Single(second.Groups));
    }

    [Fact]
    public void Booleans_parse_case_insensitively()
    {
        var xml = SchemaXml.With("<AllowAtRoot>True</AllowAtRoot>", "<AllowAtRoot>TRUE</AllowAtRoot>");
        xml = SchemaXml.With("<IsElement>True</IsElement>", "<IsElement>true</IsElement>", xml);

        var schema = SchemaFileReader.Parse(xml).Schema!;

        Assert.True(schema.FindContentType("home")!.AllowAtRoot);
        Assert.True(schema.FindContentType("highlight")!.IsElement);
        Assert.True(schema.Languages[0].IsMandatory);
    }

    [Fact]
    public void Legacy_editor_aliases_are_mapped_to_current_ones()
    {
        var xml = SchemaXml.With("<EditorAlias>Umbraco.TextBox</EditorAlias>", "<EditorAlias>Umbraco.Textbox</EditorAlias>");
        xml = xml.Replace("<Type>Umbraco.TextBox</Type>", "<Type>Umbraco.Textbox</Type>", StringComparison.Ordinal);

        var result = SchemaFileReader.Parse(xml);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(PropertyEditorAliases.TextBox, result.Schema!.FindDataType(Guid.Parse(SchemaXml.TextstringKey))!.EditorAlias);
        Assert.All(result.Schema.AllProperties(result.Schema.FindContentType("event")!).Where(p => p.Alias is "title" or "metaTitle"),
            p => Assert.Equal(PropertyEditorAliases.TextBox, p.EditorAlias));
    }

    [Fact]
    public void Forms_section_is_ignored()
    {
        var xml = SchemaXml.With("<Form Alias=\"contact\" />", "<Form><Anything Goes=\"here\" /></Form>");

        Assert.True(SchemaFileReader.Parse(xml).Succeeded);
    }

    [Fact]
    public void Config_json_keeps_dates_and_nested_values()
    {
        var xml = SchemaXml.With("""{ "maxChars": 512 }""", """{ "maxChars": 512, "since": "2024-01-02T03:04:05Z", "x": { "y": [1.50] } }""");

        var config = SchemaFileReader.Parse(xml).Schema!.FindDataType(Guid.Parse(SchemaXml.TextstringKey))!.Config;

        Assert.Equal(JTokenType.String, config["since"]!.Type);
        Assert.Equal("2024-01-02T03:04:05Z", config.Value<string>("since"));
        Assert.Equal(1.5m, config["x"]!["y"]![0]!.Value<decimal>());
    }

    [Fact]
    public void Read_reports_a_missing_file_as_an_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "umbraco.config");

        var result = SchemaFileReader.Read(path);

        Assert.False(result.Succeeded);
        Assert.Null(result.Schema);
        Assert.Contains("does not exist", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_parses_a_file_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"umbraco-{Guid.NewGuid():N}.config");
        File.WriteAllText(path, SchemaXml.Valid);
        try
        {
            Assert.True(SchemaFileReader.Read(path).Succeeded);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Errors_name_the_source_file()
    {
        var result = SchemaFileReader.Parse("<Umbraco><Nope /></Umbraco>", "site/umbraco.config");

        Assert.StartsWith("site/umbraco.config line 1", Assert.Single(result.Errors).ToString(), StringComparison.Ordinal);
    }
}
