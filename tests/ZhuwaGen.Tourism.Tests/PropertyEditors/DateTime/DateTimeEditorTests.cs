using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Tests.PropertyEditors.DateTime;

public sealed class DateTimeEditorTests
{
    private readonly EditorUnit _unit = new(PropertyEditorAliases.DateTime);

    [Fact]
    public void Validates_iso_8601_only()
    {
        Assert.True(_unit.IsValid("2026-07-15T09:00:00Z"));
        Assert.True(_unit.IsValid("2026-07-15 09:00:00"));
        Assert.False(_unit.IsValid("15/07/2026"));
    }

    [Fact]
    public void Converts_to_utc_with_a_missing_offset_taken_as_utc()
    {
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 9, 0, 0, TimeSpan.Zero), _unit.Convert("2026-07-15T09:00:00"));
        Assert.Equal(new DateTimeOffset(2026, 7, 15, 1, 0, 0, TimeSpan.Zero), _unit.Convert("2026-07-15T09:00:00+08:00"));
        Assert.Null(_unit.Convert("not a date"));
    }

    [Fact]
    public void Is_a_date_query_field() => Assert.Equal(FieldKind.Date, _unit.QueryKind);
}
