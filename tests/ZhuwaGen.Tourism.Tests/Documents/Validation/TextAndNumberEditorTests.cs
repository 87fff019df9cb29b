using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.Documents.Validation;

public sealed class TextAndNumberEditorTests
{
    [Theory]
    [InlineData(PropertyEditorAliases.TextBox)]
    [InlineData(PropertyEditorAliases.TextArea)]
    [InlineData(PropertyEditorAliases.MarkdownEditor)]
    [InlineData(PropertyEditorAliases.RichText)]
    [InlineData(PropertyEditorAliases.EmailAddress)]
    public void Text_editors_require_a_string(string editorAlias)
    {
        SingleProperty.AssertInvalid(editorAlias, 42);
        SingleProperty.AssertInvalid(editorAlias, new JArray("a"));
    }

    [Fact]
    public void Text_longer_than_max_chars_is_rejected_naming_the_limit()
    {
        var config = new JObject { ["maxChars"] = 5 };

        var error = SingleProperty.AssertInvalid(PropertyEditorAliases.TextBox, "布达拉宫广场", config);

        Assert.Contains("maximum of 5 characters", error.Message);
        SingleProperty.AssertValid(PropertyEditorAliases.TextBox, "布达拉宫广", config);
    }

    [Fact]
    public void Rich_text_accepts_the_markup_object_and_checks_its_markup()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.RichText, new JObject { ["markup"] = "<p>Hi</p>", ["blocks"] = null });
        SingleProperty.AssertInvalid(PropertyEditorAliases.RichText, new JObject { ["markup"] = "<p>Hi</p>" }, new JObject { ["maxChars"] = 3 });
    }

    [Theory]
    [InlineData("guide@example.com", true)]
    [InlineData("not-an-address", false)]
    [InlineData("Guide <guide@example.com>", false)]
    [InlineData("guide@localhost", false)]
    public void Email_address_must_be_a_plain_valid_address(string value, bool valid)
    {
        Assert.Equal(valid, SingleProperty.Validate(PropertyEditorAliases.EmailAddress, value).Count == 0);
    }

    [Fact]
    public void Integer_outside_the_configured_range_names_the_range()
    {
        var config = new JObject { ["min"] = 1, ["max"] = 20 };

        var error = SingleProperty.AssertInvalid(PropertyEditorAliases.Integer, 21, config);

        Assert.Equal("Enter a whole number between 1 and 20.", error.Message);
        SingleProperty.AssertInvalid(PropertyEditorAliases.Integer, 0, config);
        SingleProperty.AssertValid(PropertyEditorAliases.Integer, 20, config);
        SingleProperty.AssertValid(PropertyEditorAliases.Integer, "7", config);
    }

    [Fact]
    public void Integer_rejects_fractions_and_words()
    {
        SingleProperty.AssertInvalid(PropertyEditorAliases.Integer, 2.5);
        SingleProperty.AssertInvalid(PropertyEditorAliases.Integer, "seven");
        SingleProperty.AssertInvalid(PropertyEditorAliases.Integer, true);
    }

    [Fact]
    public void Integer_max_of_zero_means_no_maximum_as_in_umbraco()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.Integer, 5000, new JObject { ["min"] = 0, ["max"] = 0 });
    }

    [Fact]
    public void Decimal_accepts_fractions_within_the_range()
    {
        var config = new JObject { ["min"] = 0, ["max"] = 99.5 };

        SingleProperty.AssertValid(PropertyEditorAliases.Decimal, 12.75, config);
        var error = SingleProperty.AssertInvalid(PropertyEditorAliases.Decimal, 100, config);
        Assert.Equal("Enter a number between 0 and 99.5.", error.Message);
        SingleProperty.AssertInvalid(PropertyEditorAliases.Decimal, "cheap");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void True_false_accepts_booleans(bool value) => SingleProperty.AssertValid(PropertyEditorAliases.TrueFalse, value);

    [Fact]
    public void True_false_accepts_zero_and_one_as_numbers_or_strings()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.TrueFalse, 1);
        SingleProperty.AssertValid(PropertyEditorAliases.TrueFalse, 0);
        SingleProperty.AssertValid(PropertyEditorAliases.TrueFalse, "1");
        SingleProperty.AssertValid(PropertyEditorAliases.TrueFalse, "0");
    }

    [Fact]
    public void True_false_rejects_other_values()
    {
        SingleProperty.AssertInvalid(PropertyEditorAliases.TrueFalse, 2);
        SingleProperty.AssertInvalid(PropertyEditorAliases.TrueFalse, "yes");
    }

    [Fact]
    public void Label_accepts_anything()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.Label, new JObject { ["any"] = new JArray(1, "x") });
    }
}
