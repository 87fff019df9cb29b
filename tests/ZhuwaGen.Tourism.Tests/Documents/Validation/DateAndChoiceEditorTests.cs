using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Tests.Documents.Validation;

public sealed class DateAndChoiceEditorTests
{
    private static readonly JObject Seasons = new()
    {
        ["items"] = new JArray(new JObject { ["value"] = "spring" }, new JObject { ["value"] = "summer" }, "autumn"),
    };

    [Theory]
    [InlineData("2025-06-30T14:00:00Z")]
    [InlineData("2025-06-30T14:00:00.123+08:00")]
    [InlineData("2025-06-30T14:00")]
    [InlineData("2025-06-30 14:00:00")]
    [InlineData("2025-06-30")]
    public void Date_time_accepts_iso_8601(string value) => SingleProperty.AssertValid(PropertyEditorAliases.DateTime, value);

    [Theory]
    [InlineData("30/06/2025")]
    [InlineData("tomorrow")]
    [InlineData("2025-13-01T00:00:00Z")]
    public void Date_time_rejects_other_forms(string value) => SingleProperty.AssertInvalid(PropertyEditorAliases.DateTime, value);

    [Fact]
    public void Date_time_accepts_a_value_newtonsoft_parsed_as_a_date()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.DateTime, JToken.Parse("\"2025-06-30T14:00:00Z\""));
    }

    [Fact]
    public void Date_only_requires_year_month_day()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.DateOnly, "2025-06-30");
        SingleProperty.AssertInvalid(PropertyEditorAliases.DateOnly, "2025-06-30T10:00:00");
        SingleProperty.AssertInvalid(PropertyEditorAliases.DateOnly, "2025-6-3");
        SingleProperty.AssertInvalid(PropertyEditorAliases.DateOnly, 20250630);
    }

    [Fact]
    public void Dropdown_values_must_be_configured_items()
    {
        var config = (JObject)Seasons.DeepClone();
        config["multiple"] = true;

        SingleProperty.AssertValid(PropertyEditorAliases.DropDownFlexible, new JArray("spring", "autumn"), config);
        var error = SingleProperty.AssertInvalid(PropertyEditorAliases.DropDownFlexible, new JArray("winter"), config);
        Assert.Contains("winter", error.Message);
    }

    [Fact]
    public void Single_select_dropdown_allows_at_most_one_value()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.DropDownFlexible, new JArray("summer"), Seasons);
        SingleProperty.AssertValid(PropertyEditorAliases.DropDownFlexible, "summer", Seasons);
        SingleProperty.AssertInvalid(PropertyEditorAliases.DropDownFlexible, new JArray("spring", "summer"), Seasons);
    }

    [Fact]
    public void Checkbox_list_takes_an_array_of_configured_items()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.CheckBoxList, new JArray("spring", "summer"), Seasons);
        SingleProperty.AssertInvalid(PropertyEditorAliases.CheckBoxList, "spring", Seasons);
        SingleProperty.AssertInvalid(PropertyEditorAliases.CheckBoxList, new JArray("spring", 3), Seasons);
    }

    [Fact]
    public void Radio_button_list_takes_one_configured_string()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.RadioButtonList, "autumn", Seasons);
        SingleProperty.AssertInvalid(PropertyEditorAliases.RadioButtonList, "monsoon", Seasons);
        SingleProperty.AssertInvalid(PropertyEditorAliases.RadioButtonList, new JArray("autumn"), Seasons);
    }

    [Fact]
    public void Tags_are_an_array_of_non_empty_strings_or_that_array_as_json_text()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.Tags, new JArray("lake", "trek"));
        SingleProperty.AssertValid(PropertyEditorAliases.Tags, "[\"lake\",\"trek\"]");
        SingleProperty.AssertInvalid(PropertyEditorAliases.Tags, new JArray("lake", " "));
        SingleProperty.AssertInvalid(PropertyEditorAliases.Tags, "lake, trek");
        SingleProperty.AssertInvalid(PropertyEditorAliases.Tags, new JArray(1, 2));
    }

    [Fact]
    public void Multiple_textstring_is_an_array_of_strings()
    {
        SingleProperty.AssertValid(PropertyEditorAliases.MultipleTextstring, new JArray("Bring water", "Wear a hat"));
        SingleProperty.AssertInvalid(PropertyEditorAliases.MultipleTextstring, "Bring water");
        SingleProperty.AssertInvalid(PropertyEditorAliases.MultipleTextstring, new JArray(new JObject()));
    }
}
