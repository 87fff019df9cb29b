using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.Decimal;

public sealed class DecimalEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.Decimal);

    [Fact]
    public void Validates_numbers_in_range() =>
        Assert.False(_unit.IsValid(91, new JObject { ["min"] = -90, ["max"] = 90 }));

    [Theory]
    [InlineData("1e40")]
    [InlineData("100000000000000000000000000000")]
    public void A_number_past_the_decimal_range_is_a_validation_error(string json) =>
        Assert.Equal("Enter a number.", Assert.Single(_unit.Validate(JToken.Parse(json))).Message);

    [Fact]
    public void Converts_to_decimal()
    {
        Assert.Equal(28.66m, _unit.Convert(28.66));
        Assert.Equal(28.66m, _unit.Convert("28.66"));
        Assert.Null(_unit.Convert(JToken.Parse("1e40")));
    }

    [Fact]
    public void Is_a_number_query_field() => Assert.Equal(FieldKind.Number, _unit.QueryKind);
}
