using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Cms.ContentTypes;

/// <summary>
/// The whole content model at one moment: languages, data types and content types. Immutable; a schema
/// import produces a new instance.
/// </summary>
public sealed class ContentSchema
{
    private readonly Dictionary<string, ContentType> _typesByAlias;
    private readonly Dictionary<Guid, DataType> _dataTypesByKey;

    // Every published value a view reads looks its property up here: composed once per type, not per read.
    private readonly Dictionary<ContentType, ComposedProperties> _composed;

    public ContentSchema(
        IReadOnlyList<Language> languages,
        IReadOnlyList<DataType> dataTypes,
        IReadOnlyList<ContentType> contentTypes)
    {
        Languages = languages;
        DataTypes = dataTypes;
        ContentTypes = contentTypes;
        _typesByAlias = contentTypes
            .GroupBy(t => t.Alias, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _dataTypesByKey = dataTypes.GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.First());
        _composed = new Dictionary<ContentType, ComposedProperties>(ReferenceEqualityComparer.Instance);
        foreach (var type in contentTypes)
        {
            _composed.TryAdd(type, Compose(type));
        }
    }

    public static ContentSchema Empty { get; } = new([], [], []);

    public IReadOnlyList<Language> Languages { get; }

    public IReadOnlyList<DataType> DataTypes { get; }

    public IReadOnlyList<ContentType> ContentTypes { get; }

    public Language? DefaultLanguage => Languages.FirstOrDefault(l => l.IsDefault);

    /// <summary>The default language's code; the first language's when none is marked default; "" (invariant) before any import.</summary>
    public string DefaultCulture => (DefaultLanguage ?? Languages.FirstOrDefault())?.IsoCode ?? string.Empty;

    public ContentType? FindContentType(string alias) => _typesByAlias.GetValueOrDefault(alias);

    public DataType? FindDataType(Guid key) => _dataTypesByKey.GetValueOrDefault(key);

    public Language? FindLanguage(string isoCode) =>
        Languages.FirstOrDefault(l => string.Equals(l.IsoCode, isoCode, StringComparison.OrdinalIgnoreCase));

    /// <summary>The type's own properties followed by those of its compositions (depth first, each once).</summary>
    public IReadOnlyList<PropertyType> AllProperties(ContentType type) => Composed(type).All;

    /// <summary>The first of <see cref="AllProperties"/> with the alias (any case), or null.</summary>
    public PropertyType? FindProperty(ContentType type, string alias) => Composed(type).ByAlias.GetValueOrDefault(alias);

    // A type from elsewhere (an import's incoming schema) is composed with this schema's compositions each time.
    private ComposedProperties Composed(ContentType type) => _composed.GetValueOrDefault(type) ?? Compose(type);

    private ComposedProperties Compose(ContentType type)
    {
        var result = new List<PropertyType>();
        var seenTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Collect(type);
        var byAlias = new Dictionary<string, PropertyType>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in result)
        {
            byAlias.TryAdd(property.Alias, property);
        }

        return new ComposedProperties(result.ToArray(), byAlias);

        void Collect(ContentType current)
        {
            if (!seenTypes.Add(current.Alias))
            {
                return;
            }

            result.AddRange(current.Properties);
            foreach (var alias in current.Compositions)
            {
                if (FindContentType(alias) is { } composition)
                {
                    Collect(composition);
                }
            }
        }
    }

    /// <summary>Whether the type is, or is composed of, the given alias.</summary>
    public bool IsOrComposes(ContentType type, string alias) =>
        string.Equals(type.Alias, alias, StringComparison.OrdinalIgnoreCase)
        || type.Compositions.Any(c => FindContentType(c) is { } composition && IsOrComposes(composition, alias));

    private sealed record ComposedProperties(IReadOnlyList<PropertyType> All, IReadOnlyDictionary<string, PropertyType> ByAlias);
}
