using System.Text;
using System.Text.RegularExpressions;
using ZhuwaGen.Tourism.Cms.Routing;
using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>
/// A field's alias is what entries, the CSV, the Forms API and the workflows' <c>[#alias]</c> name it by, so it is kept
/// to letters, digits and underscores, starting with a letter. An editor may leave it empty: it is then made from the
/// English caption ("Number of people" → numberOfPeople), else from the Chinese one in pinyin (人数 → renShu, by the
/// same table and segment rules as URLs), made unique in the form with a number.
/// </summary>
public static partial class FieldAliases
{
    public const int MaxLength = 64;

    public static bool IsValid(string alias) => alias.Length <= MaxLength && Shape().IsMatch(alias);

    /// <summary>An alias for <paramref name="caption"/>, unused by the form's other fields (same rule for a choice's value).</summary>
    public static string Suggest(LocalizedText caption, string defaultCulture, IEnumerable<string> taken, string fallback = "field")
    {
        var english = FormEdits.In(caption, "en");
        var source = english.Length > 0 && IsLatin(english) ? english : Pinyin.Romanize(FormEdits.In(caption, defaultCulture));
        var alias = CamelCase(UrlSegments.FromName(source));
        if (alias.Length == 0 || !char.IsAsciiLetter(alias[0]))
        {
            alias = fallback + alias;
        }

        alias = alias.Length > MaxLength - 3 ? alias[..(MaxLength - 3)] : alias;
        var used = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        var unique = alias;
        for (var n = 2; used.Contains(unique); n++)
        {
            unique = alias + n;
        }

        return unique;
    }

    // "ren-shu" → "renShu": the segment's words joined, each after the first capitalised; words that are not ASCII
    // (a Tibetan caption has no romanisation here) are left out.
    private static string CamelCase(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var word in segment.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsAsciiLetterOrDigit)))
        {
            builder.Append(builder.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..]);
        }

        return builder.ToString();
    }

    private static bool IsLatin(string text) => text.All(c => c < 0x0250);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Shape();
}
