using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.Integer;

public sealed class IntegerEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.Integer);

    [Fact]
    public void Validates_whole_numbers_in_range()
    {
        Assert.True(_unit.IsValid(7, new JObject { ["min"] = 1, ["max"] = 20 }));
        Assert.False(_unit.IsValid(7.5));
        Assert.False(_unit.IsValid(21, new JObject { ["min"] = 1, ["max"] = 20 }));
    }

    // 1e40 parses as a double and 10^40 as a BigInteger; neither fits a decimal. Before, the BigInteger threw an
    // InvalidCastException out of the validator (a 500 on save).
    [Theory]
    [InlineData("1e40")]
    [InlineData("-1e40")]
    [InlineData("10000000000000000000000000000000000000000")]
    [InlineData("1e400")]
    public void An_out_of_range_number_is_a_validation_error_not_an_exception(string json)
    {
        var error = Assert.Single(_unit.Validate(JToken.Parse(json)));

        Assert.Equal("Enter a whole number.", error.Message);
    }

    [Fact]
    public void Converts_to_long_and_reads_numeric_strings()
    {
        Assert.Equal(5L, _unit.Convert(5));
        Assert.Equal(5L, _unit.Convert("5"));
        Assert.Equal(2.5m, _unit.Convert(2.5));
        Assert.Null(_unit.Convert("five"));
        Assert.Null(_unit.Convert(JToken.Parse("10000000000000000000000000000000000000000")));
    }

    [Fact]
    public void Is_a_number_query_field_and_not_searched()
    {
        Assert.Equal(FieldKind.Number, _unit.QueryKind);
        Assert.Empty(_unit.SearchText(5));
    }
}
