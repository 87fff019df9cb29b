using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Tests.Schema;

/// <summary>Problems found while reading single elements: shape, required values, value formats.</summary>
public sealed class SchemaParseErrorTests
{
    [Fact]
    public void Malformed_xml_is_reported_with_its_line()
    {
        var xml = SchemaXml.With("<Name>Highlight</Name>", "<Name>Highlight</Nam>");

        var result = SchemaFileReader.Parse(xml);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Schema);
        Assert.Equal(SchemaXml.LineOf(xml, "</Nam>"), error.Line);
        Assert.Contains($"line {error.Line}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_element_other_than_Umbraco_is_reported()
    {
        var result = SchemaFileReader.Parse("<?xml version=\"1.0\"?>\n<uSync />");

        SchemaXml.AssertError(result, 2, "<Umbraco>", "<uSync>");
    }

    [Fact]
    public void Unknown_top_level_section_is_reported()
    {
        var xml = SchemaXml.With("  <Forms>", "  <Templates />\n  <Forms>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "<Templates />"), "Unknown section <Templates>");
    }

    [Fact]
    public void Missing_key_attribute_is_reported_on_the_item()
    {
        var xml = SchemaXml.With($"""<ContentType Key="{SchemaXml.HomeKey}" Alias="home" Level="1">""",
            """<ContentType Alias="home">""");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"home\""),
            "ContentType 'home'", "'Key' attribute");
    }

    [Fact]
    public void Invalid_guid_is_reported_with_the_value()
    {
        var xml = SchemaXml.With("<Key>40000000-0000-4000-8000-000000000005</Key>", "<Key>not-a-guid</Key>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "not-a-guid"),
            "ContentType 'event' property 'capacity'", "'not-a-guid' is not a valid GUID");
    }

    [Fact]
    public void Missing_required_elements_are_each_reported()
    {
        var xml = SchemaXml.With("<Definition>20000000-0000-4000-8000-000000000003</Definition>", "");
        xml = SchemaXml.With("<Name>SEO</Name>", "", xml);
        xml = SchemaXml.With("<EditorAlias>Umbraco.Integer</EditorAlias>", "", xml);

        var result = SchemaFileReader.Parse(xml);

        SchemaXml.AssertError(result, SchemaXml.LineOf(xml, "<Key>40000000-0000-4000-8000-000000000005") - 1,
            "property 'capacity'", "<Definition>");
        SchemaXml.AssertError(result, null, "ContentType 'seo'", "<Name>");
        SchemaXml.AssertError(result, null, "DataType 'Number'", "<EditorAlias>");
    }

    [Fact]
    public void Property_without_alias_is_reported_on_its_type()
    {
        var xml = SchemaXml.With("<Alias>heading</Alias>", "");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), null, "ContentType 'highlight'", "<Alias>");
    }

    [Fact]
    public void Unknown_variations_value_is_reported()
    {
        var xml = SchemaXml.With("<Variations>Culture</Variations>\n        <IsElement>False</IsElement>",
            "<Variations>PerCountry</Variations>\n        <IsElement>False</IsElement>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "PerCountry"),
            "ContentType 'event'", "Unknown Variations value 'PerCountry'");
    }

    [Fact]
    public void Numeric_variations_value_is_rejected()
    {
        var xml = SchemaXml.With("<Variations>Culture</Variations>\n        </GenericProperty>",
            "<Variations>1</Variations>\n        </GenericProperty>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), null, "property 'metaTitle'", "Unknown Variations value '1'");
    }

    [Fact]
    public void Invalid_boolean_is_reported()
    {
        var xml = SchemaXml.With("<AllowAtRoot>True</AllowAtRoot>", "<AllowAtRoot>yes</AllowAtRoot>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "<AllowAtRoot>yes"),
            "ContentType 'home'", "'yes'");
    }

    [Fact]
    public void Invalid_config_json_is_reported_on_the_data_type()
    {
        var xml = SchemaXml.With("""{ "maxChars": 512 }""", """{ "maxChars": """);

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "<Config><![CDATA[{ \"maxChars\": ]]"),
            "DataType 'Textstring'", "not valid JSON");
    }

    [Fact]
    public void Unknown_editor_alias_on_a_data_type_names_alias_and_item()
    {
        var xml = SchemaXml.With("<EditorAlias>Umbraco.Integer</EditorAlias>", "<EditorAlias>Acme.Stars</EditorAlias>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "Alias=\"Number\""),
            "DataType 'Number'", "Unknown property editor alias 'Acme.Stars'");
    }

    [Fact]
    public void Unknown_editor_alias_on_a_property_names_alias_and_item()
    {
        var xml = SchemaXml.With("<Type>Umbraco.Integer</Type>", "<Type>Acme.Stars</Type>");

        SchemaXml.AssertError(SchemaFileReader.Parse(xml), SchemaXml.LineOf(xml, "<Key>40000000-0000-4000-8000-000000000005") - 1,
            "ContentType 'event' property 'capacity'", "Unknown property editor alias 'Acme.Stars'");
    }

    [Fact]
    public void All_errors_are_collected_not_just_the_first()
    {
        var xml = SchemaXml.With("<AllowAtRoot>True</AllowAtRoot>", "<AllowAtRoot>yes</AllowAtRoot>");
        xml = SchemaXml.With("<Type>Umbraco.Integer</Type>", "<Type>Acme.Stars</Type>", xml);
        xml = SchemaXml.With("  <Forms>", "  <Templates />\n  <Forms>", xml);

        Assert.Equal(3, SchemaFileReader.Parse(xml).Errors.Count);
    }
}
