using ZhuwaGen.Tourism.Cms.Routing;

namespace ZhuwaGen.Tourism.Tests.Routing;

public sealed class UrlSegmentsTests
{
    [Theory]
    [InlineData("Potala Palace", "potala-palace")]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("Straße & Søndre", "strasse-sondre")]
    [InlineData("  Lhasa -- Shigatse / Gyantse!  ", "lhasa-shigatse-gyantse")]
    [InlineData("Day 1 – Arrival — Lhasa · Barkhor", "day-1-arrival-lhasa-barkhor")]
    [InlineData("ＡＢＣ１２３", "abc123")]
    public void Latin_text_becomes_lower_case_ascii_with_single_hyphens(string name, string expected) =>
        Assert.Equal(expected, UrlSegments.FromName(name));

    [Theory]
    [InlineData("布达拉宫", "布达拉宫")]
    [InlineData("布达拉宫 · 雪城", "布达拉宫-雪城")]
    [InlineData("Day 3：纳木错", "day-3-纳木错")]
    public void Chinese_letters_are_kept(string name, string expected) =>
        Assert.Equal(expected, UrlSegments.FromName(name));

    [Fact]
    public void Tibetan_letters_and_vowel_signs_are_kept_and_tsheg_becomes_a_hyphen()
    {
        Assert.Equal("པོ-ཏ-ལ", UrlSegments.FromName("པོ་ཏ་ལ།"));
        Assert.Equal("ལྷ-ས", UrlSegments.FromName("ལྷ་ས"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("—·/!")]
    public void Text_without_letters_or_digits_gives_an_empty_segment(string name) =>
        Assert.Equal("", UrlSegments.FromName(name));

    [Theory]
    [InlineData("potala-palace", true)]
    [InlineData("布达拉宫", true)]
    [InlineData("", false)]
    [InlineData("a/b", false)]
    [InlineData("a?b", false)]
    [InlineData("a#b", false)]
    [InlineData("a b", false)]
    [InlineData("a\tb", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    public void Is_valid_checks_editor_given_segments(string segment, bool valid) =>
        Assert.Equal(valid, UrlSegments.IsValid(segment));

    [Fact]
    public void Is_valid_rejects_segments_over_255_characters()
    {
        Assert.True(UrlSegments.IsValid(new string('a', 255)));
        Assert.False(UrlSegments.IsValid(new string('a', 256)));
    }
}
