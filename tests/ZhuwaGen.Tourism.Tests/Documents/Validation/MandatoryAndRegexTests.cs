using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.Documents.Validation;

public sealed class MandatoryAndRegexTests
{
    public static TheoryData<JToken?> EmptyValues => new()
    {
        null,
        JValue.CreateNull(),
        "",
        "   ",
        new JArray(),
        new BlockListBuilder().Build(),
    };

    [Theory]
    [MemberData(nameof(EmptyValues))]
    public void Mandatory_property_rejects_every_kind_of_empty_value(JToken? value)
    {
        var error = Assert.Single(SingleProperty.Validate(PropertyEditorAliases.Label, value, mandatory: true));

        Assert.Equal((SingleProperty.Alias, (string?)null, "Value cannot be empty."), (error.Alias, error.Culture, error.Message));
    }

    [Fact]
    public void Mandatory_property_accepts_false_and_zero()
    {
        Assert.Empty(SingleProperty.Validate(PropertyEditorAliases.TrueFalse, false, mandatory: true));
        Assert.Empty(SingleProperty.Validate(PropertyEditorAliases.Integer, 0, mandatory: true));
    }

    [Fact]
    public void Mandatory_message_from_the_property_replaces_the_default()
    {
        var schema = new SchemaBuilder().WithLanguages()
            .AddContentType("page", t => t.AddProperty("phone", PropertyEditorAliases.TextBox, mandatory: true,
                mandatoryMessage: "Enter the ticket office phone number."))
            .Build();

        var error = Assert.Single(new DocumentValidator().Validate(
            schema, schema.FindContentType("page")!, Names.Default("Page"), [], ["zh-Hans"]));

        Assert.Equal("Enter the ticket office phone number.", error.Message);
    }

    [Fact]
    public void Mandatory_variant_property_is_reported_per_missing_culture()
    {
        var schema = new SchemaBuilder().WithLanguages()
            .AddContentType("routeStop", t => t.VariesByCulture()
                .AddProperty("title", PropertyEditorAliases.TextBox, mandatory: true, variesByCulture: true))
            .Build();
        var names = new Dictionary<string, string> { ["zh-Hans"] = "色拉寺", ["en"] = "Sera", ["bo"] = "སེ་ར་" };
        var values = new PropertyValuesBuilder().For("zh-Hans", "title", "色拉寺").For("bo", "title", "").Build();

        var errors = new DocumentValidator().Validate(
            schema, schema.FindContentType("routeStop")!, names, values, ["zh-Hans", "en", "bo"]);

        Assert.Equal(
            new[] { ("title", (string?)"bo"), ("title", (string?)"en") },
            errors.Select(e => (e.Alias, e.Culture)).OrderBy(e => e.Culture));
    }

    [Fact]
    public void Mandatory_invariant_property_is_reported_once_whatever_the_cultures()
    {
        var schema = new SchemaBuilder().WithLanguages()
            .AddContentType("routeStop", t => t.VariesByCulture()
                .AddProperty("altitude", PropertyEditorAliases.Integer, mandatory: true))
            .Build();
        var names = new Dictionary<string, string> { ["zh-Hans"] = "色拉寺", ["en"] = "Sera" };

        var error = Assert.Single(new DocumentValidator().Validate(
            schema, schema.FindContentType("routeStop")!, names, [], ["zh-Hans", "en"]));

        Assert.Equal(("altitude", (string?)null), (error.Alias, error.Culture));
    }

    [Fact]
    public void Validation_regex_rejects_a_non_matching_string_with_umbraco_wording()
    {
        var error = Assert.Single(SingleProperty.Validate(PropertyEditorAliases.TextBox, "abc", validationRegex: "^[0-9]+$"));

        Assert.Equal("Value is invalid, it does not match the correct pattern", error.Message);
        Assert.Empty(SingleProperty.Validate(PropertyEditorAliases.TextBox, "0891", validationRegex: "^[0-9]+$"));
    }

    [Fact]
    public void Validation_regex_message_from_the_property_replaces_the_default()
    {
        var error = Assert.Single(SingleProperty.Validate(PropertyEditorAliases.TextBox, "abc",
            validationRegex: "^[0-9]+$", validationRegexMessage: "Digits only."));

        Assert.Equal("Digits only.", error.Message);
    }

    [Fact]
    public void Validation_regex_does_not_apply_to_empty_values()
    {
        Assert.Empty(SingleProperty.Validate(PropertyEditorAliases.TextBox, "", validationRegex: "^[0-9]+$"));
    }

    [Fact]
    public void Broken_validation_regex_in_the_schema_does_not_block_saving()
    {
        Assert.Empty(SingleProperty.Validate(PropertyEditorAliases.TextBox, "abc", validationRegex: "([0-9"));
    }
}
