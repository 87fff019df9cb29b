using System.Text;

namespace ZhuwaGen.Tourism.Cms.Routing;

/// <summary>
/// Han characters written in toneless pinyin, one reading per character (<c>pinyin.txt</c>, 20,854
/// characters), so a Chinese title gives a URL a visitor can read and type: 学尼村 → "xue ni cun". One reading per
/// character is right for nearly every title; an editor fixes the rest in the URL name. The table is read on first use.
/// </summary>
public static class Pinyin
{
    private static readonly Lazy<Dictionary<int, string>> Readings = new(Load);

    /// <summary>The text with each known Han character replaced by its syllable between spaces; everything else kept.</summary>
    public static string Romanize(string text)
    {
        var builder = new StringBuilder(text.Length * 3);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Readings.Value.TryGetValue(rune.Value, out var syllable))
            {
                builder.Append(' ').Append(syllable).Append(' ');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    private static Dictionary<int, string> Load()
    {
        using var stream = typeof(Pinyin).Assembly.GetManifestResourceStream("ZhuwaGen.Tourism.Cms.Routing.pinyin.txt")
            ?? throw new InvalidOperationException("The pinyin table is not embedded in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var readings = new Dictionary<int, string>(21_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            var syllable = line[..space];
            foreach (var rune in line[(space + 1)..].EnumerateRunes())
            {
                readings[rune.Value] = syllable;
            }
        }

        return readings;
    }
}
