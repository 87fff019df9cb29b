using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.Documents.Validation;

public sealed class ValueShapeTests
{
    private static readonly ContentSchema Schema = new SchemaBuilder().WithLanguages()
        .AddContentType("seo", t => t.AddProperty("metaTitle", PropertyEditorAliases.TextBox))
        .AddContentType("routeStop", t => t.VariesByCulture().ComposedOf("seo")
            .AddProperty("title", PropertyEditorAliases.TextBox, variesByCulture: true)
            .AddProperty("altitude", PropertyEditorAliases.Integer))
        .Build();

    private static IReadOnlyList<PropertyValidationError> Validate(PropertyValuesBuilder values) =>
        new DocumentValidator().Validate(
            Schema,
            Schema.FindContentType("routeStop")!,
            new Dictionary<string, string> { ["zh-Hans"] = "纳木错", ["en"] = "Namtso" },
            values.Build(),
            ["zh-Hans", "en"]);

    [Fact]
    public void Values_of_own_and_composed_properties_are_accepted()
    {
        Assert.Empty(Validate(new PropertyValuesBuilder()
            .For("en", "title", "Namtso").Invariant("altitude", 4718).Invariant("metaTitle", "Namtso lake")));
    }

    [Fact]
    public void Unknown_property_alias_is_reported()
    {
        var error = Assert.Single(Validate(new PropertyValuesBuilder().Invariant("colour", "blue")));

        Assert.Equal("colour", error.Alias);
    }

    [Fact]
    public void Invariant_property_sent_with_a_culture_is_reported_without_culture()
    {
        var error = Assert.Single(Validate(new PropertyValuesBuilder().For("en", "altitude", 4718)));

        Assert.Equal(("altitude", (string?)null), (error.Alias, error.Culture));
    }

    [Fact]
    public void Variant_property_sent_without_a_culture_is_reported()
    {
        var error = Assert.Single(Validate(new PropertyValuesBuilder().Invariant("title", "Namtso")));

        Assert.Equal("title", error.Alias);
    }

    [Fact]
    public void Value_for_an_unknown_culture_is_reported_with_that_culture()
    {
        var error = Assert.Single(Validate(new PropertyValuesBuilder().For("fr", "title", "Lac Namtso")));

        Assert.Equal(("title", "fr"), (error.Alias, error.Culture));
    }

    [Fact]
    public void Same_alias_and_culture_twice_is_reported_once()
    {
        var error = Assert.Single(Validate(new PropertyValuesBuilder()
            .For("en", "title", "Namtso").For("en", "title", "Nam Co").For("zh-Hans", "title", "纳木错")));

        Assert.Equal(("title", "en"), (error.Alias, error.Culture));
    }

    [Fact]
    public void Rules_run_only_for_values_of_saved_cultures()
    {
        var schema = new SchemaBuilder().WithLanguages()
            .AddContentType("page", t => t.VariesByCulture()
                .AddProperty("count", PropertyEditorAliases.Integer, variesByCulture: true))
            .Build();
        var values = new PropertyValuesBuilder().For("bo", "count", "many").For("en", "count", "several").Build();

        var errors = new DocumentValidator().Validate(
            schema, schema.FindContentType("page")!, new Dictionary<string, string> { ["en"] = "Page" }, values, ["en"]);

        Assert.Equal([("count", "en")], errors.Select(e => (e.Alias, e.Culture)).ToArray());
    }
}
