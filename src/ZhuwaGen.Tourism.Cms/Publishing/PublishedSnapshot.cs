using System.Collections.Immutable;
using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>
/// Every published document with its indexes (by key, children in order, routes per culture), never changed once
/// built. A change makes a new snapshot that shares everything it did not touch with this one (persistent maps), so a
/// publish costs what it changes — the items, their routes and their descendants' routes when a segment or parent
/// moved, their parents' child lists — not the size of the site; a reader sees the old one or the new one, never a mix.
/// Routes follow Umbraco: the root is the start item and is hidden from the path ("/"), every route ends with "/",
/// and a culture the item lacks falls back along the language's fallback chain to the default language. Two items
/// never share a route: when segments collide, the one indexed first keeps it and the other has no route (as
/// Umbraco reports a URL collision).
/// </summary>
public sealed class PublishedSnapshot
{
    private static readonly IReadOnlyList<PublishedDocument> None = [];
    private readonly ImmutableDictionary<Guid, PublishedDocument> _byKey;
    private readonly ImmutableDictionary<Guid, ImmutableArray<PublishedDocument>> _children;
    private readonly ImmutableDictionary<(Guid Root, string Culture, string Route), Guid> _byRoute;
    private readonly ImmutableDictionary<(Guid Key, string Culture), (Guid Root, string Route)> _routes;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _fallbacks;

    public PublishedSnapshot(IEnumerable<PublishedDocument> documents, IReadOnlyList<Language> languages, long generation)
    {
        Generation = generation;
        Languages = languages;
        DefaultCulture = DefaultOf(languages);
        _fallbacks = languages.ToDictionary(l => l.IsoCode, l => FallbackChain(l, languages), StringComparer.OrdinalIgnoreCase);
        _byKey = documents.ToImmutableDictionary(d => d.Key);
        _children = _byKey.Values
            .GroupBy(d => d.ParentKey ?? Guid.Empty)
            .ToImmutableDictionary(g => g.Key, g => g.OrderBy(d => d.SortOrder).ThenBy(d => d.CreateDate).ToImmutableArray());
        var routes = new RouteIndex(ImmutableDictionary.CreateBuilder<(Guid, string, string), Guid>(), ImmutableDictionary.CreateBuilder<(Guid, string), (Guid, string)>());
        foreach (var root in Roots)
        {
            foreach (var language in languages)
            {
                IndexRoutes(routes, root, root.Key, language.IsoCode, "/");
            }
        }

        _byRoute = routes.ByRoute.ToImmutable();
        _routes = routes.Routes.ToImmutable();
    }

    private PublishedSnapshot(
        PublishedSnapshot previous,
        ImmutableDictionary<Guid, PublishedDocument> byKey,
        ImmutableDictionary<Guid, ImmutableArray<PublishedDocument>> children,
        ImmutableDictionary<(Guid, string, string), Guid> byRoute,
        ImmutableDictionary<(Guid, string), (Guid, string)> routes)
    {
        Generation = previous.Generation + 1;
        Languages = previous.Languages;
        DefaultCulture = previous.DefaultCulture;
        _fallbacks = previous._fallbacks;
        _byKey = byKey;
        _children = children;
        _byRoute = byRoute;
        _routes = routes;
    }

    public static PublishedSnapshot Empty { get; } = new([], [], 0);

    /// <summary>Increases with every swap; tells readers which build they hold.</summary>
    public long Generation { get; }

    public IReadOnlyList<Language> Languages { get; }

    public string DefaultCulture { get; }

    public IReadOnlyList<PublishedDocument> Roots => Children(Guid.Empty);

    public int Count => _byKey.Count;

    public IEnumerable<PublishedDocument> All => _byKey.Values;

    public PublishedDocument? ByKey(Guid key) => _byKey.GetValueOrDefault(key);

    public IReadOnlyList<PublishedDocument> Children(Guid key) =>
        _children.TryGetValue(key, out var children) ? children : None;

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

    /// <summary>The route of an item in a culture, or null when it is not routable there (a parent is unpublished, a collision).</summary>
    public string? RouteOf(Guid key, string culture) => _routes.TryGetValue((key, culture.ToLowerInvariant()), out var route) ? route.Route : null;

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

    /// <summary>
    /// A new snapshot with <paramref name="upserts"/> added or replaced and <paramref name="removals"/> gone. Built whole
    /// only when the languages changed; otherwise patched.
    /// </summary>
    public PublishedSnapshot With(IEnumerable<PublishedDocument> upserts, IEnumerable<Guid> removals, IReadOnlyList<Language>? languages = null)
    {
        if (languages is not null && !SameLanguages(languages, Languages))
        {
            var documents = _byKey.ToBuilder();
            foreach (var key in removals)
            {
                documents.Remove(key);
            }

            foreach (var document in upserts)
            {
                documents[document.Key] = document;
            }

            return new PublishedSnapshot(documents.Values, languages, Generation + 1);
        }

        return new SnapshotPatch(this).Apply(upserts.ToList(), removals.ToHashSet());
    }

    public static string NormalizeRoute(string route)
    {
        var trimmed = route.Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + Uri.UnescapeDataString(trimmed).ToLowerInvariant() + "/";
    }

    private void IndexRoutes(RouteIndex index, PublishedDocument document, Guid root, string culture, string route)
    {
        if (ResolveCulture(document, culture) is null)
        {
            return;
        }

        var cultureKey = culture.ToLowerInvariant();
        if (!index.ByRoute.TryAdd((root, cultureKey, route), document.Key) && index.ByRoute[(root, cultureKey, route)] != document.Key)
        {
            return;
        }

        index.Routes[(document.Key, cultureKey)] = (root, route);
        foreach (var child in Children(document.Key))
        {
            var shown = ResolveCulture(child, culture);
            if (shown is null)
            {
                continue;
            }

            IndexRoutes(index, child, root, culture, route + child.Cultures[shown].UrlSegment.ToLowerInvariant() + "/");
        }
    }

    private static string DefaultOf(IReadOnlyList<Language> languages) =>
        (languages.FirstOrDefault(l => l.IsDefault) ?? languages.FirstOrDefault())?.IsoCode ?? string.Empty;

    private static bool SameLanguages(IReadOnlyList<Language> a, IReadOnlyList<Language> b) =>
        ReferenceEquals(a, b) || a.SequenceEqual(b);

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

    private sealed record RouteIndex(
        ImmutableDictionary<(Guid, string, string), Guid>.Builder ByRoute,
        ImmutableDictionary<(Guid, string), (Guid Root, string Route)>.Builder Routes);

    /// <summary>One patch: the changed items, their parents' child lists, and the routes of every branch that moved.</summary>
    private sealed class SnapshotPatch(PublishedSnapshot old)
    {
        private readonly ImmutableDictionary<Guid, PublishedDocument>.Builder _byKey = old._byKey.ToBuilder();
        private readonly ImmutableDictionary<Guid, ImmutableArray<PublishedDocument>>.Builder _children = old._children.ToBuilder();
        private readonly RouteIndex _routes = new(old._byRoute.ToBuilder(), old._routes.ToBuilder());
        private readonly Dictionary<Guid, Dictionary<Guid, PublishedDocument>> _touched = [];

        public PublishedSnapshot Apply(List<PublishedDocument> upserts, HashSet<Guid> removals)
        {
            var rerouted = new HashSet<Guid>();
            var upserted = upserts.Select(u => u.Key).ToHashSet();
            foreach (var key in removals)
            {
                if (old.ByKey(key) is { } gone && !upserted.Contains(key))
                {
                    rerouted.Add(key);
                    _byKey.Remove(key);
                    ReplaceChild(gone.ParentKey, gone, null);
                }
            }

            foreach (var document in upserts)
            {
                var before = old.ByKey(document.Key);
                _byKey[document.Key] = document;
                if (before is not null && before.ParentKey != document.ParentKey)
                {
                    ReplaceChild(before.ParentKey, before, null);
                    ReplaceChild(document.ParentKey, null, document);
                }
                else
                {
                    ReplaceChild(document.ParentKey, before, document);
                }

                if (before is null || !SameRouting(before, document))
                {
                    rerouted.Add(document.Key);
                }
            }

            SortTouched();
            var next = new PublishedSnapshot(old, _byKey.ToImmutable(), _children.ToImmutable(), old._byRoute, old._routes);
            if (rerouted.Count == 0)
            {
                return next;
            }

            // Routes of every moved branch are dropped as they were, then indexed again top-down in the new tree.
            foreach (var key in rerouted)
            {
                foreach (var member in Branch(old, key))
                {
                    DropRoutes(member);
                }

                foreach (var member in Branch(next, key))
                {
                    DropRoutes(member);
                }
            }

            foreach (var key in rerouted.Where(k => next.ByKey(k) is not null).OrderBy(k => next.ByKey(k)!.Level))
            {
                var document = next.ByKey(key)!;
                foreach (var language in old.Languages)
                {
                    var culture = language.IsoCode.ToLowerInvariant();
                    if (_routes.Routes.ContainsKey((key, culture)))
                    {
                        continue;
                    }

                    if (document.ParentKey is null)
                    {
                        next.IndexRoutes(_routes, document, document.Key, language.IsoCode, "/");
                    }
                    else if (_routes.Routes.TryGetValue((document.ParentKey.Value, culture), out var parent)
                        && next.ResolveCulture(document, language.IsoCode) is { } shown)
                    {
                        next.IndexRoutes(_routes, document, parent.Root, language.IsoCode, parent.Route + document.Cultures[shown].UrlSegment.ToLowerInvariant() + "/");
                    }
                }
            }

            return new PublishedSnapshot(old, next._byKey, next._children, _routes.ByRoute.ToImmutable(), _routes.Routes.ToImmutable());
        }

        // A republish in place keeps its slot; anything else rebuilds the parent's list once, however many children changed.
        private void ReplaceChild(Guid? parentKey, PublishedDocument? before, PublishedDocument? after)
        {
            var parent = parentKey ?? Guid.Empty;
            if (before is not null && after is not null && before.SortOrder == after.SortOrder && before.CreateDate == after.CreateDate
                && !_touched.ContainsKey(parent) && _children.TryGetValue(parent, out var siblings))
            {
                var index = siblings.BinarySearch(before, SiblingOrder.Instance);
                for (var probe = Math.Max(0, index - 2); index >= 0 && probe < Math.Min(siblings.Length, index + 3); probe++)
                {
                    if (siblings[probe].Key == before.Key)
                    {
                        _children[parent] = siblings.SetItem(probe, after);
                        return;
                    }
                }
            }

            if (!_touched.TryGetValue(parent, out var members))
            {
                members = _children.TryGetValue(parent, out var existing) ? existing.ToDictionary(d => d.Key) : [];
                _touched[parent] = members;
            }

            if (before is not null)
            {
                members.Remove(before.Key);
            }

            if (after is not null)
            {
                members[after.Key] = after;
            }
        }

        private void SortTouched()
        {
            foreach (var (parent, members) in _touched)
            {
                if (members.Count == 0)
                {
                    _children.Remove(parent);
                }
                else
                {
                    _children[parent] = members.Values.Order(SiblingOrder.Instance).ToImmutableArray();
                }
            }
        }

        private void DropRoutes(PublishedDocument document)
        {
            foreach (var language in old.Languages)
            {
                var culture = language.IsoCode.ToLowerInvariant();
                if (_routes.Routes.TryGetValue((document.Key, culture), out var route))
                {
                    _routes.Routes.Remove((document.Key, culture));
                    if (_routes.ByRoute.TryGetValue((route.Root, culture, route.Route), out var holder) && holder == document.Key)
                    {
                        _routes.ByRoute.Remove((route.Root, culture, route.Route));
                    }
                }
            }
        }

        private static IEnumerable<PublishedDocument> Branch(PublishedSnapshot snapshot, Guid key)
        {
            var stack = new Stack<Guid>([key]);
            var seen = new HashSet<Guid>();
            while (stack.TryPop(out var next))
            {
                if (!seen.Add(next) || snapshot.ByKey(next) is not { } document)
                {
                    continue;
                }

                yield return document;
                foreach (var child in snapshot.Children(next))
                {
                    stack.Push(child.Key);
                }
            }
        }

        // Routing depends on the parent, the cultures and their segments; a change of values alone keeps every route.
        private static bool SameRouting(PublishedDocument a, PublishedDocument b) =>
            a.ParentKey == b.ParentKey
            && a.Cultures.Count == b.Cultures.Count
            && a.Cultures.All(c => b.Cultures.TryGetValue(c.Key, out var other) && string.Equals(c.Value.UrlSegment, other.UrlSegment, StringComparison.OrdinalIgnoreCase));
    }

    private sealed class SiblingOrder : IComparer<PublishedDocument>
    {
        public static SiblingOrder Instance { get; } = new();

        public int Compare(PublishedDocument? x, PublishedDocument? y)
        {
            var bySort = x!.SortOrder.CompareTo(y!.SortOrder);
            return bySort != 0 ? bySort : x.CreateDate.CompareTo(y.CreateDate);
        }
    }
}
