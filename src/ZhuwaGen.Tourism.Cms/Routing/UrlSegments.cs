using System.Globalization;
using System.Text;

namespace ZhuwaGen.Tourism.Cms.Routing;

/// <summary>URL segments for content items, as Umbraco's short-string helper makes them, kept readable for CJK and Tibetan.</summary>
public static class UrlSegments
{
    public const int MaxLength = 255;

    // Latin letters that carry no combining mark to strip, so decomposition alone would drop them.
    private static readonly Dictionary<char, string> LatinFolds = new()
    {
        ['ß'] = "ss",
        ['æ'] = "ae",
        ['œ'] = "oe",
        ['ø'] = "o",
        ['đ'] = "d",
        ['ð'] = "d",
        ['þ'] = "th",
        ['ł'] = "l",
        ['ı'] = "i",
        ['ħ'] = "h",
        ['ŋ'] = "n",
    };

    /// <summary>
    /// Lower-case, hyphen-separated segment from any text: ASCII letters/digits kept; Latin letters with diacritics
    /// folded (é → e); CJK and Tibetan letters/digits kept as they are; everything else becomes one hyphen.
    /// </summary>
    public static string FromName(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // NFKC first so full-width Ａ１ and compatibility ideographs become their ordinary forms.
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            var kept = Keep(rune);
            if (kept.Length == 0)
            {
                pendingHyphen = true;
                continue;
            }

            if (pendingHyphen && builder.Length > 0)
            {
                builder.Append('-');
            }

            pendingHyphen = false;
            builder.Append(kept);
        }

        return builder.ToString();
    }

    /// <summary>Whether an editor's segment (umbracoUrlName) is usable: non-empty, no '/', '?', '#' or whitespace, no edge hyphens, ≤ 255.</summary>
    public static bool IsValid(string segment) =>
        !string.IsNullOrEmpty(segment)
        && segment.Length <= MaxLength
        && !segment.StartsWith('-')
        && !segment.EndsWith('-')
        && !segment.Any(c => c is '/' or '?' or '#' || char.IsWhiteSpace(c) || char.IsControl(c));

    private static string Keep(Rune rune)
    {
        if (rune.IsAscii)
        {
            return Rune.IsLetterOrDigit(rune) ? Rune.ToLowerInvariant(rune).ToString() : string.Empty;
        }

        if (IsLatin(rune.Value))
        {
            return FoldLatin(Rune.ToLowerInvariant(rune).ToString());
        }

        return IsCjkOrTibetan(rune.Value) && IsWordPart(rune) ? rune.ToString() : string.Empty;
    }

    private static string FoldLatin(string letter)
    {
        if (letter.Length == 1 && LatinFolds.TryGetValue(letter[0], out var folded))
        {
            return folded;
        }

        var ascii = new StringBuilder();
        foreach (var c in letter.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                ascii.Append(char.ToLowerInvariant(c));
            }
        }

        return ascii.ToString();
    }

    // Tibetan vowel signs and subjoined letters are combining marks; dropping them would change the word.
    private static bool IsWordPart(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    private static bool IsLatin(int c) =>
        c is (>= 0x00C0 and <= 0x024F) or (>= 0x1E00 and <= 0x1EFF);

    private static bool IsCjkOrTibetan(int c) =>
        c is (>= 0x0F00 and <= 0x0FFF)      // Tibetan
            or (>= 0x1100 and <= 0x11FF)    // Hangul Jamo
            or (>= 0x3005 and <= 0x3007)    // 々 〆 〇
            or (>= 0x3040 and <= 0x30FF)    // Hiragana, Katakana
            or (>= 0x3130 and <= 0x318F)    // Hangul compatibility Jamo
            or (>= 0x3400 and <= 0x4DBF)    // CJK extension A
            or (>= 0x4E00 and <= 0x9FFF)    // CJK unified ideographs
            or (>= 0xAC00 and <= 0xD7AF)    // Hangul syllables
            or (>= 0xF900 and <= 0xFAFF)    // CJK compatibility ideographs
            or (>= 0x20000 and <= 0x3FFFF); // CJK extensions B onwards
}
