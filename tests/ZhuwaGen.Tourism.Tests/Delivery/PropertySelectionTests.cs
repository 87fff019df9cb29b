using ZhuwaGen.Tourism.Cms.Delivery.Rendering;

namespace ZhuwaGen.Tourism.Tests.Delivery;

public sealed class PropertySelectionTests
{
    [Fact]
    public void Parses_all_named_and_nested_clauses()
    {
        Assert.True(PropertySelection.TryParse("properties[a, b[properties[x]],$all[properties[y]]]", out var selection, out _));

        Assert.True(selection!.All);
        Assert.True(selection.Includes("anything"));
        Assert.True(selection.Nested("b")!.Includes("x"));
        Assert.False(selection.Nested("b")!.Includes("y"));
        Assert.True(selection.Nested("a")!.Includes("y"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_clause_selects_nothing_special(string? text)
    {
        Assert.True(PropertySelection.TryParse(text, out var selection, out var error));
        Assert.Null(selection);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("properties[a", "not closed")]
    [InlineData("properties[a]]", "Unexpected ']'")]
    [InlineData("properties[[properties[x]]]", "needs a property alias")]
    [InlineData("property:a", "Expected 'properties['")]
    public void Malformed_clauses_say_what_is_wrong(string text, string message)
    {
        Assert.False(PropertySelection.TryParse(text, out _, out var error));
        Assert.Contains(message, error);
    }
}
