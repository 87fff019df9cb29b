namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>A caption or message per culture; a missing culture falls back to the fallback culture, then to any.</summary>
public sealed class LocalizedText
{
    public static readonly LocalizedText Empty = new(new Dictionary<string, string>());

    public LocalizedText(IReadOnlyDictionary<string, string> byCulture) => ByCulture = byCulture;

    public IReadOnlyDictionary<string, string> ByCulture { get; }

    public bool IsEmpty => ByCulture.Count == 0;

    public string Get(string culture, string fallbackCulture)
    {
        if (TryGet(culture, out var text) || TryGet(fallbackCulture, out text))
        {
            return text;
        }

        return ByCulture.Values.FirstOrDefault() ?? string.Empty;
    }

    private bool TryGet(string culture, out string text)
    {
        foreach (var (key, value) in ByCulture)
        {
            if (string.Equals(key, culture, StringComparison.OrdinalIgnoreCase))
            {
                text = value;
                return true;
            }
        }

        text = string.Empty;
        return false;
    }
}
