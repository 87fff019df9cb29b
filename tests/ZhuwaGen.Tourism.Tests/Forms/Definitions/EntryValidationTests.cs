using ZhuwaGen.Tourism.Forms.Definitions;
using ZhuwaGen.Tourism.Forms.Entries;
using ZhuwaGen.Tourism.Tests.Infrastructure;

namespace ZhuwaGen.Tourism.Tests.Forms.Definitions;

/// <summary>Each field type's check, its message in each of the site's cultures, and server-side conditions.</summary>
public sealed class EntryValidationTests
{
    private static readonly FormSchema Schema =
        FormXmlReader.Read(Path.Combine(CmsTestHost.RepositoryRoot, "umbraco.config")).Schema;

    private static FormDefinition Enquiry => Schema.Find(Samples.Enquiry)!;

    private static Dictionary<string, string[]> Valid() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = ["Ada"],
        ["email"] = ["ada@example.org"],
        ["topic"] = ["general"],
        ["message"] = ["Hello"],
        ["consent"] = ["on"],
    };

    [Theory]
    [InlineData("email", "ada@", "en", "Please provide a valid email address for Email")]
    [InlineData("email", "ada@", "zh-Hans", "请填写有效的电子邮箱（电子邮箱）")]
    [InlineData("email", "ada@", "bo", "གློག་འཕྲིན། གློག་འཕྲིན་ཁ་བྱང་ཡང་དག་པ་འབྲི་རོགས།")]
    [InlineData("phone", "call me", "en", "Please provide a valid phone number for Phone")]
    [InlineData("topic", "weather", "en", "Please choose one of the options for Topic")]
    [InlineData("contactBy", "fax", "en", "Please choose one of the options for Contact me by")]
    [InlineData("travelDates", "2027-05-03|2027-05-01", "en", "Please provide a start and an end date, in order, for Travel dates")]
    [InlineData("travelDates", "2027-01-01|2027-05-01", "zh-Hans", "出行日期不能大于60")]
    [InlineData("newsletter", "maybe", "en", "Please choose one of the options for Send me event news")]
    [InlineData("consent", "off", "en", "Please agree to Use of my details")]
    [InlineData("consent", "", "zh-Hans", "请填写个人信息使用")]
    [InlineData("name", "", "bo", "མིང་། འབྲི་རོགས།")]
    public void A_wrong_value_gets_its_message_in_the_culture(string alias, string value, string culture, string message)
    {
        var values = Valid();
        values[alias] = value.Split('|');
        var (errors, _) = EntryValidator.Validate(Enquiry, values, new FormMessages(Schema, culture, "zh-Hans"));
        Assert.Equal([message], errors[alias]);
        Assert.Single(errors);
    }

    [Fact]
    public void Numbers_respect_min_and_max_and_single_fields_take_one_value()
    {
        var stay = Schema.Find(Samples.GuesthouseStay)!;
        var messages = new FormMessages(Schema, "en", "zh-Hans");
        Dictionary<string, string[]> Stay(string guests) => new(StringComparer.OrdinalIgnoreCase)
        {
            ["checkIn"] = ["2027-05-01"],
            ["checkOut"] = ["2027-05-03"],
            ["roomType"] = ["x"],
            ["guests"] = [guests],
            ["name"] = ["Ada"],
            ["phone"] = ["13800000000"],
            ["consent"] = ["on"],
        };
        Assert.Equal(["Guests must be at least 1"], EntryValidator.Validate(stay, Stay("0"), messages).Errors["guests"]);
        Assert.Equal(["Guests must be at most 10"], EntryValidator.Validate(stay, Stay("11"), messages).Errors["guests"]);
        Assert.Equal(["Please provide a number for Guests"], EntryValidator.Validate(stay, Stay("two"), messages).Errors["guests"]);
        Assert.Empty(EntryValidator.Validate(stay, Stay("2"), messages).Errors);
        var twoNames = Stay("2");
        twoNames["name"] = ["Ada", "Bo"];
        Assert.Equal(["Please give only one value for Name"], EntryValidator.Validate(stay, twoNames, messages).Errors["name"]);
        var badDate = Stay("2");
        badDate["checkIn"] = ["1 May"];
        Assert.Equal(["Please provide a date (YYYY-MM-DD) for Check-in"], EntryValidator.Validate(stay, badDate, messages).Errors["checkIn"]);
    }

    [Fact]
    public void A_pattern_is_checked_with_the_forms_own_message()
    {
        var experience = Schema.Find(Samples.ExperienceSlot)!;
        var values = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["slot"] = ["tomorrow morning"],
            ["guests"] = ["2"],
            ["name"] = ["Ada"],
            ["phone"] = ["13800000000"],
            ["consent"] = ["on"],
        };
        var (errors, _) = EntryValidator.Validate(experience, values, new FormMessages(Schema, "zh-Hans", "zh-Hans"));
        Assert.Equal(["请按“2027-08-01 09:00”格式填写"], errors["slot"]);
    }

    [Fact]
    public void A_field_shown_by_a_condition_is_required_only_when_shown_and_kept_only_then()
    {
        var messages = new FormMessages(Schema, "en", "zh-Hans");
        var general = Valid();
        general["groupSize"] = ["12"];
        var (errors, kept) = EntryValidator.Validate(Enquiry, general, messages);
        Assert.Empty(errors);
        Assert.False(kept.ContainsKey("groupSize"));

        var group = Valid();
        group["topic"] = ["group"];
        Assert.Equal(["Please provide a value for Group size"], EntryValidator.Validate(Enquiry, group, messages).Errors["groupSize"]);
        group["groupSize"] = ["12"];
        (errors, kept) = EntryValidator.Validate(Enquiry, group, messages);
        Assert.Empty(errors);
        Assert.Equal(["12"], kept["groupSize"]);
    }

    [Theory]
    [InlineData(ConditionOperator.Is, "group", "group", true)]
    [InlineData(ConditionOperator.IsNot, "group", "group", false)]
    [InlineData(ConditionOperator.GreaterThen, "10", "11", true)]
    [InlineData(ConditionOperator.GreaterThen, "10", "9", false)]
    [InlineData(ConditionOperator.LessThen, "2027-02-01", "2027-01-01", true)]
    [InlineData(ConditionOperator.Contains, "ou", "group", true)]
    [InlineData(ConditionOperator.StartsWith, "gr", "group", true)]
    [InlineData(ConditionOperator.EndsWith, "gr", "group", false)]
    public void Condition_operators_compare_as_umbraco_forms_does(ConditionOperator op, string ruleValue, string given, bool shown)
    {
        var other = Guid.NewGuid();
        var field = new FormField(Guid.NewGuid(), "b", FieldType.ShortAnswer, LocalizedText.Empty, LocalizedText.Empty, LocalizedText.Empty,
            false, LocalizedText.Empty, null, LocalizedText.Empty, null, null, false, [],
            new FieldCondition(ConditionAction.Show, ConditionLogic.All, [new ConditionRule(other, op, ruleValue)]));
        var source = field with { Id = other, Alias = "a", Condition = null };
        var form = new FormDefinition(Guid.NewGuid(), "t", LocalizedText.Empty, null, LocalizedText.Empty, LocalizedText.Empty, LocalizedText.Empty,
            [new FormPage(Guid.NewGuid(), LocalizedText.Empty, [new FormFieldset(Guid.NewGuid(), LocalizedText.Empty, [new FormColumn(LocalizedText.Empty, 12, [source, field])])])], []);
        var values = new Dictionary<string, string[]> { ["a"] = [given] };
        Assert.Equal(shown, ConditionEvaluator.IsVisible(form, field, values));
        Assert.Equal(!shown, ConditionEvaluator.IsVisible(form, field with { Condition = field.Condition! with { ActionType = ConditionAction.Hide } }, values));
    }
}
