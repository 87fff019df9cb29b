using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>
/// Every published document with its indexes (by key, children in order, routes per culture), built once and never
/// changed. A publish builds a new snapshot and swaps it in, so a reader sees the old one or the new one, never a mix.
/// Routes follow Umbraco: the root is the start item and is hidden from the path ("/"), every route ends with "/",
/// and a culture the item lacks falls back along the language's fallback chain to the default language.
/// </summary>
public sealed class PublishedSnapshot
{
    private static readonly IReadOnlyList<PublishedDocument> None = [];
    private readonly Dictionary<Guid, PublishedDocument> _byKey;
    private readonly Dictionary<Guid, IReadOnlyList<PublishedDocument>> _children;
    private readonly Dictionary<(Guid Root, string Culture, string Route), Guid> _byRoute;
    private readonly Dictionary<(Guid Key, string Culture), string> _routes;
    private readonly Dictionary<string, IReadOnlyList<string>> _fallbacks;

    public PublishedSnapshot(IEnumerable<PublishedDocument> documents, IReadOnlyList<Language> languages, long generation)
    {
        Generation = generation;
        Languages = languages;
        DefaultCulture = (languages.FirstOrDefault(l => l.IsDefault) ?? languages.FirstOrDefault())?.IsoCode ?? string.Empty;
        _byKey = documents.ToDictionary(d => d.Key);
        _fallbacks = languages.ToDictionary(l => l.IsoCode, l => FallbackChain(l, languages), StringComparer.OrdinalIgnoreCase);
        _children = _byKey.Values
            .GroupBy(d => d.ParentKey ?? Guid.Empty)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PublishedDocument>)g.OrderBy(d => d.SortOrder).ThenBy(d => d.CreateDate).ToList());
        Roots = _children.GetValueOrDefault(Guid.Empty) ?? None;
        _byRoute = [];
        _routes = [];
        foreach (var root in Roots)
        {
            foreach (var language in languages)
            {
                IndexRoutes(root, root.Key, language.IsoCode, "/");
            }
        }
    }

    public static PublishedSnapshot Empty { get; } = new([], [], 0);

    /// <summary>Increases with every swap; tells readers which build they hold.</summary>
    public long Generation { get; }

    public IReadOnlyList<Language> Languages { get; }

    public string DefaultCulture { get; }

    public IReadOnlyList<PublishedDocument> Roots { get; }

    public int Count => _byKey.Count;

    public IEnumerable<PublishedDocument> All => _byKey.Values;

    public PublishedDocument? ByKey(Guid key) => _byKey.GetValueOrDefault(key);

    public IReadOnlyList<PublishedDocument> Children(Guid key) => _children.GetValueOrDefault(key) ?? None;

    /// <summary>The document at <paramref name="route"/> ("/", "/sangjiu-baga/") in a culture, under a start item (default: the first root).</summary>
    public PublishedDocument? ByRoute(string route, string culture, Guid? startItem = null)
    {
        var root = startItem ?? Roots.FirstOrDefault()?.Key;
        if (root is null)
        {
            return null;
        }

        var normalized = NormalizeRoute(route);
        return _byRoute.TryGetValue((root.Value, culture.ToLowerInvariant(), normalized), out var key) ? _byKey[key] : null;
    }

    /// <summary>The route of an item in a culture, or null when it is not routable there (a parent is unpublished).</summary>
    public string? RouteOf(Guid key, string culture) => _routes.GetValueOrDefault((key, culture.ToLowerInvariant()));

    /// <summary>The culture whose variant is shown for a request in <paramref name="culture"/>: itself, else its fallbacks.</summary>
    public string? ResolveCulture(PublishedDocument document, string culture)
    {
        if (document.Cultures.ContainsKey(culture))
        {
            return culture;
        }

        foreach (var fallback in _fallbacks.GetValueOrDefault(culture) ?? [DefaultCulture])
        {
            if (document.Cultures.ContainsKey(fallback))
            {
                return fallback;
            }
        }

        return null;
    }

    /// <summary>A new snapshot with <paramref name="upserts"/> added or replaced and <paramref name="removals"/> gone.</summary>
    public PublishedSnapshot With(IEnumerable<PublishedDocument> upserts, IEnumerable<Guid> removals, IReadOnlyList<Language>? languages = null)
    {
        var documents = new Dictionary<Guid, PublishedDocument>(_byKey);
        foreach (var key in removals)
        {
            documents.Remove(key);
        }

        foreach (var document in upserts)
        {
            documents[document.Key] = document;
        }

        return new PublishedSnapshot(documents.Values, languages ?? Languages, Generation + 1);
    }

    public static string NormalizeRoute(string route)
    {
        var trimmed = route.Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + Uri.UnescapeDataString(trimmed).ToLowerInvariant() + "/";
    }

    private void IndexRoutes(PublishedDocument document, Guid root, string culture, string route)
    {
        if (ResolveCulture(document, culture) is null)
        {
            return;
        }

        var cultureKey = culture.ToLowerInvariant();
        _byRoute.TryAdd((root, cultureKey, route), document.Key);
        _routes[(document.Key, cultureKey)] = route;
        foreach (var child in Children(document.Key))
        {
            var shown = ResolveCulture(child, culture);
            if (shown is null)
            {
                continue;
            }

            IndexRoutes(child, root, culture, route + child.Cultures[shown].UrlSegment.ToLowerInvariant() + "/");
        }
    }

    private static IReadOnlyList<string> FallbackChain(Language language, IReadOnlyList<Language> languages)
    {
        var chain = new List<string>();
        var current = language;
        while (current.FallbackIsoCode is { } next && chain.Count < languages.Count
            && languages.FirstOrDefault(l => string.Equals(l.IsoCode, next, StringComparison.OrdinalIgnoreCase)) is { } fallback)
        {
            chain.Add(fallback.IsoCode);
            current = fallback;
        }

        var defaultCulture = languages.FirstOrDefault(l => l.IsDefault)?.IsoCode;
        if (defaultCulture is not null && !chain.Contains(defaultCulture, StringComparer.OrdinalIgnoreCase))
        {
            chain.Add(defaultCulture);
        }

        return chain;
    }
}
