namespace ZhuwaGen.Tourism.Cms.Media;

/// <summary>One immutable view of the media library: by key, by file URL, by name path, and children in order.</summary>
public sealed class MediaSnapshot
{
    private readonly Dictionary<Guid, PublishedMedia> _byKey = [];
    private readonly Dictionary<Guid, int> _sortOrder = [];
    private readonly Dictionary<string, PublishedMedia> _byUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PublishedMedia> _byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, List<PublishedMedia>> _children = [];
    private readonly List<PublishedMedia> _roots = [];

    public MediaSnapshot(IEnumerable<(PublishedMedia Media, int SortOrder)> items)
    {
        foreach (var (media, sortOrder) in items.OrderBy(i => i.SortOrder).ThenBy(i => i.Media.CreateDate))
        {
            _byKey[media.Key] = media;
            _sortOrder[media.Key] = sortOrder;
            _byPath.TryAdd(media.Path, media);
            if (media.Url is { } url)
            {
                _byUrl[url] = media;
            }

            if (media.ParentKey is { } parent)
            {
                (_children.TryGetValue(parent, out var list) ? list : _children[parent] = []).Add(media);
            }
            else
            {
                _roots.Add(media);
            }
        }
    }

    public static MediaSnapshot Empty { get; } = new([]);

    public int Count => _byKey.Count;

    public PublishedMedia? Get(Guid key) => _byKey.GetValueOrDefault(key);

    public int SortOrderOf(PublishedMedia media) => _sortOrder.GetValueOrDefault(media.Key);

    /// <summary>The item whose file is served at <paramref name="url"/> (e.g. "/media/abcd1234/hero.jpg").</summary>
    public PublishedMedia? ByUrl(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The item at a path of folder names and its own name ("/images/banners/hero.jpg"); case-insensitive.</summary>
    public PublishedMedia? ByPath(string path)
    {
        var trimmed = "/" + path.Trim('/');
        return _byPath.GetValueOrDefault(trimmed);
    }

    /// <summary>Children in sort order; null parent means the root.</summary>
    public IReadOnlyList<PublishedMedia> ChildrenOf(Guid? parent) =>
        parent is { } key ? _children.GetValueOrDefault(key) ?? [] : _roots;
}
