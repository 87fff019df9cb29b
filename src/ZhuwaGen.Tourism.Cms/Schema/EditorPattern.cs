using System.Text.RegularExpressions;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>What testing a value against an editor's pattern found.</summary>
public enum PatternOutcome
{
    Matches,
    DoesNotMatch,

    /// <summary>The pattern does not compile: a schema fault, not the value's.</summary>
    Broken,
}

/// <summary>
/// Tests values against the patterns editors write: property validation regexes and form field patterns.
/// </summary>
/// <remarks>
/// Patterns run on the linear-time engine (<see cref="RegexOptions.NonBacktracking"/>), so a crafted value cannot
/// hold a request and a busy machine cannot turn a valid value into an error, which a wall-clock timeout did.
/// Only patterns that engine refuses (backreferences, lookarounds, atomic groups) fall back to the backtracking
/// engine, and they keep a timeout; a value that runs it out does not match.
/// </remarks>
public static class EditorPattern
{
    private static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromSeconds(2);

    public static PatternOutcome Test(string value, string pattern)
    {
        try
        {
            return Outcome(Regex.IsMatch(value, pattern, RegexOptions.NonBacktracking));
        }
        catch (NotSupportedException)
        {
            return TestBacktracking(value, pattern);
        }
        catch (ArgumentException)
        {
            return PatternOutcome.Broken;
        }
    }

    private static PatternOutcome TestBacktracking(string value, string pattern)
    {
        try
        {
            return Outcome(Regex.IsMatch(value, pattern, RegexOptions.None, BacktrackingTimeout));
        }
        catch (RegexMatchTimeoutException)
        {
            return PatternOutcome.DoesNotMatch;
        }
        catch (ArgumentException)
        {
            return PatternOutcome.Broken;
        }
    }

    private static PatternOutcome Outcome(bool matches) => matches ? PatternOutcome.Matches : PatternOutcome.DoesNotMatch;
}
