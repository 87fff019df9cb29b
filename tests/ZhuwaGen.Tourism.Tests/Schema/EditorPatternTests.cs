using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Tests.Schema;

public sealed class EditorPatternTests
{
    private const string UrlNamePattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    [Theory]
    [InlineData("zhala-farmers-market-2027", PatternOutcome.Matches)]
    [InlineData("Zhala farmers market", PatternOutcome.DoesNotMatch)]
    [InlineData("zhala--market", PatternOutcome.DoesNotMatch)]
    public void Url_name_pattern_of_the_schema_is_tested(string value, PatternOutcome expected) =>
        Assert.Equal(expected, EditorPattern.Test(value, UrlNamePattern));

    [Theory]
    [InlineData("(ab)\\1", "abab", PatternOutcome.Matches)]
    [InlineData("(ab)\\1", "abba", PatternOutcome.DoesNotMatch)]
    [InlineData("^(?!admin$)[a-z]+$", "editor", PatternOutcome.Matches)]
    [InlineData("^(?!admin$)[a-z]+$", "admin", PatternOutcome.DoesNotMatch)]
    public void Patterns_the_linear_engine_refuses_still_work(string pattern, string value, PatternOutcome expected) =>
        Assert.Equal(expected, EditorPattern.Test(value, pattern));

    [Fact]
    public void Broken_pattern_is_reported_as_the_schema_fault()
    {
        Assert.Equal(PatternOutcome.Broken, EditorPattern.Test("anything", "([a-z"));
        Assert.Equal(PatternOutcome.Broken, EditorPattern.Test("anything", "(x)\\2"));
    }
}
