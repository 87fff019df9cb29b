using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// What one version of a document holds: its name and URL segment per culture and its property values.
/// For an invariant document type the single culture key is the default language.
/// </summary>
public sealed record DocumentData(
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyDictionary<string, string> Segments,
    IReadOnlyList<PropertyValue> Values)
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        DateParseHandling = DateParseHandling.None,
        Formatting = Formatting.None,
    };

    public string ToJson() => JsonConvert.SerializeObject(this, Settings);

    public static DocumentData FromJson(string json)
    {
        var data = JsonConvert.DeserializeObject<DocumentData>(json, Settings)
            ?? throw new InvalidDataException("A document version holds no data.");
        return data with
        {
            Names = new Dictionary<string, string>(data.Names, StringComparer.OrdinalIgnoreCase),
            Segments = new Dictionary<string, string>(data.Segments, StringComparer.OrdinalIgnoreCase),
        };
    }

    public JToken? GetValue(string alias, string? culture) =>
        Values.FirstOrDefault(v =>
            string.Equals(v.Alias, alias, StringComparison.OrdinalIgnoreCase)
            && string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>Culture <paramref name="culture"/>'s name, segment and values taken from <paramref name="source"/>.</summary>
    public DocumentData WithCultureFrom(DocumentData source, string culture)
    {
        var names = new Dictionary<string, string>(Names, StringComparer.OrdinalIgnoreCase);
        var segments = new Dictionary<string, string>(Segments, StringComparer.OrdinalIgnoreCase);
        if (source.Names.TryGetValue(culture, out var name))
        {
            names[culture] = name;
            segments[culture] = source.Segments.GetValueOrDefault(culture) ?? segments.GetValueOrDefault(culture) ?? string.Empty;
        }

        var values = Values.Where(v => !string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase))
            .Concat(source.Values.Where(v => string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase)));
        return new DocumentData(names, segments, values.ToList());
    }

    /// <summary>This data with the invariant values of <paramref name="source"/>.</summary>
    public DocumentData WithInvariantFrom(DocumentData source) =>
        this with { Values = Values.Where(v => v.Culture is not null).Concat(source.Values.Where(v => v.Culture is null)).ToList() };

    /// <summary>This data without culture <paramref name="culture"/>.</summary>
    public DocumentData WithoutCulture(string culture) => new(
        Names.Where(n => !string.Equals(n.Key, culture, StringComparison.OrdinalIgnoreCase)).ToDictionary(StringComparer.OrdinalIgnoreCase),
        Segments.Where(n => !string.Equals(n.Key, culture, StringComparison.OrdinalIgnoreCase)).ToDictionary(StringComparer.OrdinalIgnoreCase),
        Values.Where(v => !string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase)).ToList());

    public static DocumentData Empty { get; } = new(new Dictionary<string, string>(), new Dictionary<string, string>(), []);
}
