using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.Documents.Validation;

public sealed class UrlNameValidationTests
{
    [Theory]
    [InlineData("about us")]
    [InlineData("about/us")]
    [InlineData("-about")]
    public void Invalid_url_name_is_rejected(string value)
    {
        var error = Assert.Single(SingleProperty.Validate(PropertyEditorAliases.TextBox, value, alias: "umbracoUrlName"));

        Assert.Equal("Enter a URL name with letters, digits and hyphens only.", error.Message);
    }

    [Fact]
    public void Valid_or_empty_url_name_passes()
    {
        Assert.Empty(SingleProperty.Validate(PropertyEditorAliases.TextBox, "about-lhasa", alias: "umbracoUrlName"));
        Assert.Empty(SingleProperty.Validate(PropertyEditorAliases.TextBox, "", alias: "umbracoUrlName"));
    }

    [Fact]
    public void Variant_url_name_error_carries_the_culture()
    {
        var schema = new SchemaBuilder().WithLanguages()
            .AddContentType("page", t => t.VariesByCulture()
                .AddProperty("umbracoUrlName", PropertyEditorAliases.TextBox, variesByCulture: true))
            .Build();
        var values = new PropertyValuesBuilder().For("en", "umbracoUrlName", "lhasa?").For("bo", "umbracoUrlName", "ལྷ་ས").Build();
        var names = new Dictionary<string, string> { ["en"] = "Lhasa", ["bo"] = "ལྷ་ས" };

        var error = Assert.Single(new DocumentValidator().Validate(schema, schema.FindContentType("page")!, names, values, ["en", "bo"]));

        Assert.Equal(("umbracoUrlName", (string?)"en"), (error.Alias, error.Culture));
    }
}
