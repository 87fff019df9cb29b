using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.DateOnly;

public sealed class DateOnlyEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.DateOnly);

    [Fact]
    public void Validates_year_month_day()
    {
        Assert.True(_unit.IsValid("2026-07-15"));
        Assert.False(_unit.IsValid("2026-07-15T09:00:00"));
    }

    [Fact]
    public void Converts_to_a_date_only() => Assert.Equal(new System.DateOnly(2026, 7, 15), _unit.Convert("2026-07-15"));

    [Fact]
    public void Is_a_date_query_field() => Assert.Equal(FieldKind.Date, _unit.QueryKind);
}
