using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents.Validation;
using ZhuwaGen.Tourism.Tests.Builders;

namespace ZhuwaGen.Tourism.Tests.Documents.Validation;

public sealed class NameAndCultureTests
{
    private static readonly ContentSchema Schema = new SchemaBuilder().WithLanguages()
        .AddContentType("routeStop", t => t.VariesByCulture()
            .AddProperty("title", PropertyEditorAliases.TextBox, variesByCulture: true))
        .AddContentType("settings", t => t.AddProperty("phone", PropertyEditorAliases.TextBox))
        .Build();

    private static readonly DocumentValidator Validator = new();

    [Fact]
    public void Variant_item_needs_a_name_in_every_saved_culture()
    {
        var names = new Dictionary<string, string> { ["zh-Hans"] = "布达拉宫", ["en"] = " " };

        var errors = Validator.Validate(Schema, Schema.FindContentType("routeStop")!, names, [], ["zh-Hans", "en", "bo"]);

        Assert.Equal(
            [("name", "bo"), ("name", "en")],
            errors.Select(e => (e.Alias, e.Culture)).OrderBy(e => e.Culture).ToArray());
    }

    [Fact]
    public void Unsaved_cultures_do_not_need_a_name()
    {
        var names = new Dictionary<string, string> { ["zh-Hans"] = "布达拉宫" };

        Assert.Empty(Validator.Validate(Schema, Schema.FindContentType("routeStop")!, names, [], ["zh-Hans"]));
    }

    [Fact]
    public void Name_longer_than_255_characters_is_rejected()
    {
        var names = new Dictionary<string, string> { ["en"] = new string('a', 256) };

        var error = Assert.Single(Validator.Validate(Schema, Schema.FindContentType("routeStop")!, names, [], ["en"]));

        Assert.Equal(("name", "en"), (error.Alias, error.Culture));
        Assert.Contains("255", error.Message);
    }

    [Fact]
    public void Invariant_item_name_is_read_from_the_default_culture_and_reported_without_culture()
    {
        var type = Schema.FindContentType("settings")!;

        var missing = Assert.Single(Validator.Validate(Schema, type, new Dictionary<string, string> { ["en"] = "Settings" }, [], ["en"]));

        Assert.Equal(("name", (string?)null), (missing.Alias, missing.Culture));
        Assert.Empty(Validator.Validate(Schema, type, Names.Default("设置"), [], ["en"]));
    }

    [Fact]
    public void Saving_a_culture_that_is_not_a_site_language_is_an_error()
    {
        var names = new Dictionary<string, string> { ["zh-Hans"] = "布达拉宫", ["fr"] = "Potala" };

        var error = Assert.Single(Validator.Validate(Schema, Schema.FindContentType("routeStop")!, names, [], ["zh-Hans", "fr"]));

        Assert.Equal(("name", "fr"), (error.Alias, error.Culture));
    }

    [Fact]
    public void Culture_codes_match_case_insensitively()
    {
        var names = new Dictionary<string, string> { ["EN"] = "Potala" };

        Assert.Empty(Validator.Validate(Schema, Schema.FindContentType("routeStop")!, names, [], ["en"]));
    }
}
