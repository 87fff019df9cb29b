using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Languages;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Schema;

public sealed class SchemaRoundTripTests
{
    [Fact]
    public void Parse_write_parse_gives_an_equal_model()
    {
        var original = SchemaFileReader.Parse(SchemaXml.Valid).Schema!;

        var reread = SchemaFileReader.Parse(SchemaFileWriter.Write(original));

        Assert.True(reread.Succeeded, string.Join("\n", reread.Errors));
        AssertSameModel(original, reread.Schema!);
    }

    [Fact]
    public void The_repository_umbraco_config_is_written_back_byte_for_byte()
    {
        var file = Path.Combine(CmsTestHost.RepositoryRoot, "umbraco.config");
        var original = File.ReadAllText(file);
        var read = SchemaFileReader.Parse(original);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));

        // The <Forms> section belongs to the forms module, which writes it after the CMS's sections.
        var written = SchemaFileWriter.Write(read.Schema!, [FormXmlWriter.Write(FormXmlReader.Parse(original).Schema)]);

        if (written != original)
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "umbraco.config.written"), written);
        }

        Assert.Equal(original, written);
    }

    [Fact]
    public void Writing_a_reread_schema_gives_the_same_bytes()
    {
        var schema = SchemaFileReader.Parse(SchemaXml.Valid).Schema!;
        var written = SchemaFileWriter.Write(schema);

        var rewritten = SchemaFileWriter.Write(SchemaFileReader.Parse(written).Schema!);

        Assert.Equal(written, rewritten);
    }

    [Fact]
    public void Schema_built_in_code_round_trips_byte_for_byte()
    {
        var text = new DataType(Guid.NewGuid(), "Text", "Text", PropertyEditorAliases.TextArea, null,
            JObject.Parse("""{"rows": 4, "maxChars": 2000, "nested": {"b": 1, "a": [true, null]}}"""), "Basics/Text");
        var page = new ContentType(Guid.NewGuid(), "page", "Page", "icon-article", "A <page> & more", true, false,
            ContentVariation.CultureAndSegment, [], [],
            [
                new PropertyType(Guid.NewGuid(), "body", "Body", text.Key, text.EditorAlias, Description: "Line one\nline two ]]> end",
                    SortOrder: 3, GroupAlias: "main", Variations: ContentVariation.CultureAndSegment),
                new PropertyType(Guid.NewGuid(), "abstract", "Abstract", text.Key, text.EditorAlias, ValidationRegex: " ^x+$ ",
                    SortOrder: 3),
            ],
            [new PropertyGroup(Guid.NewGuid(), "main", "Main", "Tab", 0)]);
        var schema = new ContentSchema(
            [new Language(Guid.NewGuid(), "en-US", "English", false, false, "de-DE"), new Language(Guid.NewGuid(), "de-DE", "Deutsch", true, true, null)],
            [text],
            [page]);
        Assert.Empty(SchemaValidator.Validate(schema));

        var written = SchemaFileWriter.Write(schema);
        var reread = SchemaFileReader.Parse(written);

        Assert.True(reread.Succeeded, string.Join("\n", reread.Errors));
        AssertSameModel(schema, reread.Schema!);
        Assert.Equal(written, SchemaFileWriter.Write(reread.Schema!));
    }

    [Fact]
    public void Writer_uses_the_usync_shape_and_a_stable_order()
    {
        var written = SchemaFileWriter.Write(SchemaFileReader.Parse(SchemaXml.Valid).Schema!);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Umbraco>\n  <Languages>", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", written, StringComparison.Ordinal);
        Assert.DoesNotContain("<Forms", written, StringComparison.Ordinal);
        Assert.Contains("<Config><![CDATA[{\n  \"blocks\": [", written, StringComparison.Ordinal);
        Assert.Contains("<AllowAtRoot>True</AllowAtRoot>", written, StringComparison.Ordinal);
        Assert.Contains("<Tab Alias=\"content\">Content</Tab>", written, StringComparison.Ordinal);
        Assert.Contains($"<ContentType Key=\"{SchemaXml.EventKey}\" SortOrder=\"0\">event</ContentType>", written, StringComparison.Ordinal);
        Assert.Contains($"<Composition Key=\"{SchemaXml.SeoKey}\">seo</Composition>", written, StringComparison.Ordinal);
        Assert.True(written.IndexOf("Alias=\"event\"", StringComparison.Ordinal) < written.IndexOf("Alias=\"highlight\"", StringComparison.Ordinal));
        Assert.True(written.IndexOf("Alias=\"Highlights\"", StringComparison.Ordinal) < written.IndexOf("Alias=\"Number\"", StringComparison.Ordinal));
        Assert.True(written.IndexOf("<Alias>title</Alias>", StringComparison.Ordinal) < written.IndexOf("<Alias>capacity</Alias>", StringComparison.Ordinal));
    }

    [Fact]
    public void Writer_puts_the_default_language_first_then_orders_by_code()
    {
        var schema = new ContentSchema(
            [
                new Language(Guid.NewGuid(), "fr-FR", "Français", false, false, null),
                new Language(Guid.NewGuid(), "en-US", "English", false, false, null),
                new Language(Guid.NewGuid(), "zh-Hans", "简体中文", true, true, null),
            ], [], []);

        var codes = SchemaFileReader.Parse(SchemaFileWriter.Write(schema)).Schema!.Languages.Select(l => l.IsoCode);

        Assert.Equal(["zh-Hans", "en-US", "fr-FR"], codes);
    }

    private static void AssertSameModel(ContentSchema expected, ContentSchema actual)
    {
        Assert.Equal(expected.Languages.OrderBy(l => l.IsoCode), actual.Languages.OrderBy(l => l.IsoCode));

        Assert.Equal(expected.DataTypes.Count, actual.DataTypes.Count);
        foreach (var dataType in expected.DataTypes)
        {
            var other = actual.FindDataType(dataType.Key)!;
            Assert.Equal((dataType.Alias, dataType.Name, dataType.EditorAlias, dataType.EditorUiAlias, dataType.Folder),
                (other.Alias, other.Name, other.EditorAlias, other.EditorUiAlias, other.Folder));
            Assert.True(JToken.DeepEquals(dataType.Config, other.Config), $"config of {dataType.Alias} differs");
        }

        Assert.Equal(expected.ContentTypes.Count, actual.ContentTypes.Count);
        foreach (var type in expected.ContentTypes)
        {
            var other = actual.FindContentType(type.Alias)!;
            Assert.Equal((type.Key, type.Name, type.Icon, type.Description, type.AllowAtRoot, type.IsElement, type.Variations),
                (other.Key, other.Name, other.Icon, other.Description, other.AllowAtRoot, other.IsElement, other.Variations));
            Assert.Equal(type.Compositions, other.Compositions);
            Assert.Equal(type.AllowedChildren, other.AllowedChildren);
            Assert.Equal(type.Properties.OrderBy(p => p.Alias), other.Properties.OrderBy(p => p.Alias));
            Assert.Equal(type.Groups.OrderBy(g => g.Alias), other.Groups.OrderBy(g => g.Alias));
        }
    }
}
