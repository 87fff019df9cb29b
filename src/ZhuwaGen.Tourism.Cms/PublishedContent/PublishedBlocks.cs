using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.PublishedContent;

/// <summary>One block of a block list: its content element and, when the block has them, its settings.</summary>
public sealed record PublishedBlock(PublishedElement Content, PublishedElement? Settings);

/// <summary>An element inside a block: its type and typed values, read with the same editors as documents.</summary>
public sealed class PublishedElement
{
    private readonly PublishedSite _site;
    private readonly BlockElementData _data;
    private readonly string _culture;

    internal PublishedElement(PublishedSite site, BlockElementData data, string culture)
    {
        _site = site;
        _data = data;
        _culture = culture;
    }

    public Guid? Key => _data.Key;

    public ContentType? ContentType => _data.ContentType;

    public string? ContentTypeAlias => _data.ContentType?.Alias;

    /// <summary>The typed value of an element property (elements are stored whole in the block's culture).</summary>
    public object? Value(string alias)
    {
        var property = ContentType is null ? null
            : _site.Schema.AllProperties(ContentType).FirstOrDefault(p => string.Equals(p.Alias, alias, StringComparison.OrdinalIgnoreCase));
        return property is null ? null : PublishedValues.Read(_site, property, _data.Value(property.Alias), _culture);
    }

    public T? Value<T>(string alias, T? fallback = default) => TypedValue.As(Value(alias), fallback);
}
