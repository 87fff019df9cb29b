using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.PublishedContent;

/// <summary>
/// A published document for views: names, URLs and typed property values per culture (with the language fallback),
/// its parent, children and ancestors, and its pickers, media and blocks resolved against the same snapshot.
/// </summary>
public sealed class PublishedItem
{
    private readonly PublishedSite _site;

    internal PublishedItem(PublishedSite site, PublishedDocument document)
    {
        _site = site;
        Document = document;
        ContentType = site.Schema.FindContentType(document.ContentTypeAlias);
    }

    public PublishedDocument Document { get; }

    public Guid Key => Document.Key;

    public string ContentTypeAlias => Document.ContentTypeAlias;

    /// <summary>The item's type, or null when the schema no longer has it.</summary>
    public ContentType? ContentType { get; }

    public int Level => Document.Level;

    public int SortOrder => Document.SortOrder;

    public DateTime CreateDate => Document.CreateDate;

    public DateTime UpdateDate => Document.UpdateDate;

    /// <summary>The culture shown for a request in <paramref name="culture"/> (itself or a fallback), or null when none is published.</summary>
    public string? CultureShown(string culture) => _site.Snapshot.ResolveCulture(Document, culture);

    public string? Name(string culture) => CultureShown(culture) is { } shown ? Document.Cultures[shown].Name : null;

    /// <summary>The route in <paramref name="culture"/> ("/sangjiu-baga/stop-1/"), or null when it is not routable there.</summary>
    public string? Url(string culture) => _site.Snapshot.RouteOf(Key, culture);

    public PublishedItem? Parent => Document.ParentKey is { } parent ? _site.ByKey(parent) : null;

    /// <summary>Children in sort order; with a culture, only those routable in it.</summary>
    public IReadOnlyList<PublishedItem> Children(string? culture = null) =>
        _site.Snapshot.Children(Key)
            .Where(c => culture is null || _site.Snapshot.RouteOf(c.Key, culture) is not null)
            .Select(_site.Wrap)
            .ToList();

    /// <summary>Parent first, then up to the root.</summary>
    public IReadOnlyList<PublishedItem> Ancestors()
    {
        var ancestors = new List<PublishedItem>();
        var seen = new HashSet<Guid> { Key };
        for (var current = Parent; current is not null && seen.Add(current.Key); current = current.Parent)
        {
            ancestors.Add(current);
        }

        return ancestors;
    }

    /// <summary>
    /// The typed value of a property in a culture (see <see cref="PublishedValues"/> for what each editor gives):
    /// a culture-variant property reads the culture shown, else the default language, as the Delivery API does.
    /// </summary>
    public object? Value(string alias, string culture)
    {
        if (ContentType is null || PropertyOf(alias) is not { } property)
        {
            return null;
        }

        var shown = CultureShown(culture) ?? culture;
        var raw = property.VariesByCulture
            ? Document.Value(property.Alias, shown) ?? Document.Value(property.Alias, _site.Snapshot.DefaultCulture)
            : Document.Value(property.Alias, null);
        return PublishedValues.Read(_site, property, raw, culture);
    }

    /// <summary>The value as <typeparamref name="T"/>, or <paramref name="fallback"/> when it is missing or not convertible.</summary>
    public T? Value<T>(string alias, string culture, T? fallback = default) => TypedValue.As(Value(alias, culture), fallback);

    public bool HasValue(string alias, string culture) => TypedValue.IsPresent(Value(alias, culture));

    private PropertyType? PropertyOf(string alias) =>
        _site.Schema.FindProperty(ContentType!, alias);

    public override string ToString() => $"{ContentTypeAlias} {Key:D}";
}
