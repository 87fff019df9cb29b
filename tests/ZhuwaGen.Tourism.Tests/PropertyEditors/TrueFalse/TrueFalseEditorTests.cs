using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.TrueFalse;

public sealed class TrueFalseEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.TrueFalse);

    [Fact]
    public void Validates_booleans_and_umbracos_zero_and_one()
    {
        Assert.True(_unit.IsValid(true));
        Assert.True(_unit.IsValid(1));
        Assert.True(_unit.IsValid("0"));
        Assert.False(_unit.IsValid("maybe"));
        Assert.False(_unit.IsValid(JToken.Parse("100000000000000000000000000000000")));
    }

    [Fact]
    public void Converts_to_bool_with_no_value_false()
    {
        Assert.Equal(true, _unit.Convert(true));
        Assert.Equal(true, _unit.Convert(1));
        Assert.Equal(true, _unit.Convert("1"));
        Assert.Equal(false, _unit.Convert(null));
        Assert.Equal(true, _unit.Convert(JToken.Parse("100000000000000000000000000000000")));
    }

    [Fact]
    public void Is_a_boolean_query_field() => Assert.Equal(FieldKind.Boolean, _unit.QueryKind);
}
