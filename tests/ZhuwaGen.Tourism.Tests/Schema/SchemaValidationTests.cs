using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Tests.Schema;

/// <summary>Whole-schema rules, run through Parse so line numbers are checked too.</summary>
public sealed class SchemaValidationTests
{
    private const string KeyA = "30000000-0000-4000-8000-0000000000a1";
    private const string KeyB = "30000000-0000-4000-8000-0000000000b1";
    private const string PropA = "40000000-0000-4000-8000-0000000000a1";
    private const string PropB = "40000000-0000-4000-8000-0000000000b1";

    [Fact]
    public void Duplicate_content_type_alias_is_reported_on_the_second()
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("Event", KeyA));

        var error = SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"Event\""),
            "ContentType 'Event'", "Duplicate content type alias");
        Assert.Contains($"first declared on line {SchemaXml.LineOf(xml, "Alias=\"event\"")}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_data_type_alias_is_reported()
    {
        var xml = SchemaXml.With("Alias=\"Number\"", "Alias=\"textstring\"");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"textstring\""),
            "DataType 'textstring'", "Duplicate data type alias");
    }

    [Fact]
    public void Duplicate_language_code_is_reported()
    {
        var xml = SchemaXml.With("<IsoCode>en-US</IsoCode>", "<IsoCode>zh-hans</IsoCode>");
        xml = SchemaXml.With("Alias=\"en-US\"", "Alias=\"zh-hans\"", xml);

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"zh-hans\""),
            "Language 'zh-hans'", "Duplicate language code");
    }

    [Fact]
    public void Duplicate_key_names_both_items()
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("extra", SchemaXml.TextstringKey));

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"extra\""),
            "ContentType 'extra'", "Duplicate key", "DataType 'Textstring'");
    }

    [Fact]
    public void Property_alias_repeated_within_a_type_is_reported()
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("extra", KeyA, properties:
            SchemaXml.Property("body", PropA) + SchemaXml.Property("Body", PropB)));

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, $"<Key>{PropB}") - 1,
            "ContentType 'extra' property 'Body'", "Duplicate property alias");
    }

    [Fact]
    public void Property_alias_that_clashes_with_a_composition_is_reported()
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("extra", KeyA, "Culture", SchemaXml.Composition("seo"),
            properties: SchemaXml.Property("metaTitle", PropA)));

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, $"<Key>{PropA}") - 1,
            "ContentType 'extra' property 'metaTitle'", "also defined by composition 'seo'");
    }

    [Fact]
    public void Composition_cycle_is_reported_with_both_aliases()
    {
        var xml = SchemaXml.WithContentTypes(
            SchemaXml.ContentType("a", KeyA, compositions: SchemaXml.Composition("b")),
            SchemaXml.ContentType("b", KeyB, compositions: SchemaXml.Composition("a")));

        var result = SchemaFileReader.Parse(xml);

        SchemaXml.AssertError(result, SchemaXml.LineOf(xml, "Alias=\"a\""), "ContentType 'a'", "Composition cycle: a → b → a");
        Assert.Single(result.Errors, e => e.Message.Contains("cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void Type_composing_itself_is_reported()
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("a", KeyA, compositions: SchemaXml.Composition("a")));

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"a\""),
            "ContentType 'a'", "cannot compose itself");
    }

    [Fact]
    public void Unknown_composition_and_allowed_child_are_reported()
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("a", KeyA, compositions: SchemaXml.Composition("ghost")));
        xml = SchemaXml.With(">event</ContentType>", ">phantom</ContentType>", xml);

        var result = SchemaFileReader.Parse(xml);

        SchemaXml.AssertError(result, SchemaXml.LineOf(xml, "Alias=\"a\""), "ContentType 'a'", "Composition 'ghost'");
        SchemaXml.AssertError(result, SchemaXml.LineOf(xml, "Alias=\"home\""), "ContentType 'home'", "Allowed child 'phantom'");
    }

    [Fact]
    public void Property_definition_naming_an_unknown_data_type_is_reported()
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("a", KeyA, properties:
            SchemaXml.Property("body", PropA, definition: "20000000-0000-4000-8000-0000000000ff")));

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, $"<Key>{PropA}") - 1,
            "ContentType 'a' property 'body'", "20000000-0000-4000-8000-0000000000ff", "not name a known data type");
    }

    [Fact]
    public void Property_type_that_differs_from_its_data_type_editor_is_reported()
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("a", KeyA, properties:
            SchemaXml.Property("body", PropA, type: "Umbraco.TextArea")));

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, $"<Key>{PropA}") - 1,
            "property 'body'", "'Umbraco.TextArea' does not match data type 'Textstring'", "'Umbraco.TextBox'");
    }

    [Fact]
    public void Culture_variant_property_on_invariant_type_is_reported()
    {
        var xml = SchemaXml.WithContentTypes(SchemaXml.ContentType("a", KeyA, properties:
            SchemaXml.Property("body", PropA, variations: "Culture")));

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, $"<Key>{PropA}") - 1,
            "ContentType 'a' property 'body'", "varies by culture", "'a' does not");
    }

    [Fact]
    public void Languages_need_exactly_one_default()
    {
        var none = SchemaXml.With("<IsDefault>True</IsDefault>", "<IsDefault>False</IsDefault>");
        var two = SchemaXml.With("<IsDefault>False</IsDefault>", "<IsDefault>True</IsDefault>");

        SchemaXml.AssertError(SchemaFileReader.Parse(none), null, "No language is marked IsDefault");
        SchemaXml.AssertError(SchemaFileReader.Parse(two), SchemaXml.LineOf(two, "Alias=\"en-US\""),
            "Language 'en-US'", "Only one language may be the default", "'zh-Hans'");
    }

    [Fact]
    public void Default_language_must_be_mandatory()
    {
        var xml = SchemaXml.With("<IsMandatory>true</IsMandatory>", "<IsMandatory>false</IsMandatory>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"zh-Hans\""),
            "Language 'zh-Hans'", "must be mandatory");
    }

    [Fact]
    public void Fallback_must_name_a_known_language()
    {
        var xml = SchemaXml.With("<Fallback>zh-Hans</Fallback>", "<Fallback>fr-FR</Fallback>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"en-US\""),
            "Language 'en-US'", "Fallback language 'fr-FR'");
    }

    [Fact]
    public void Fallback_loop_is_reported()
    {
        var xml = SchemaXml.With("<Fallback></Fallback>", "<Fallback>en-US</Fallback>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), null, "Language 'zh-Hans'", "zh-Hans → en-US → zh-Hans");
    }

    [Fact]
    public void Validation_regex_that_does_not_compile_is_reported()
    {
        var xml = SchemaXml.With("<Validation>^.{1,80}$</Validation>", "<Validation>([a-z</Validation>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "<Key>40000000-0000-4000-8000-000000000003") - 1,
            "ContentType 'event' property 'title'", "'([a-z' does not compile");
    }

    [Fact]
    public void Block_list_must_point_at_element_types()
    {
        var xml = SchemaXml.With(SchemaXml.HighlightKey + "\",\"settings", SchemaXml.HomeKey + "\",\"settings");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"Highlights\""),
            "DataType 'Highlights'", "content type 'home'", "not an element type");
    }

    [Fact]
    public void Block_list_with_unknown_element_key_or_bad_limits_is_reported()
    {
        var xml = SchemaXml.With(SchemaXml.HighlightKey + "\",\"settings", "30000000-0000-4000-8000-0000000000ff\",\"settings");
        xml = SchemaXml.With("\"min\":0,\"max\":5", "\"min\":6,\"max\":5", xml);

        var result = SchemaFileReader.Parse(xml);

        SchemaXml.AssertError(result, null, "DataType 'Highlights'", "30000000-0000-4000-8000-0000000000ff", "not name a known content type");
        SchemaXml.AssertError(result, null, "DataType 'Highlights'", "min 6 is greater than max 5");
    }

    [Fact]
    public void Validate_works_on_a_schema_built_in_code()
    {
        var schema = SchemaFileReader.Parse(SchemaXml.Valid).Schema!;
        var eventType = schema.FindContentType("event")!;
        var broken = new Cms.ContentTypes.ContentSchema(schema.Languages, schema.DataTypes,
            [.. schema.ContentTypes, eventType with { Key = Guid.NewGuid(), Properties = [], Groups = [] }]);

        Assert.Empty(SchemaValidator.Validate(schema));
        var error = Assert.Single(SchemaValidator.Validate(broken));
        Assert.Null(error.Line);
        Assert.Equal("umbraco.config, ContentType 'event': Duplicate content type alias 'event'.", error.ToString());
    }
}
