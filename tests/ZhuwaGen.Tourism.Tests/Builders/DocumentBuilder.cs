using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;

namespace ZhuwaGen.Tourism.Tests.Builders;

/// <summary>
/// Fluent test data for a <see cref="DocumentCreate"/> (or, with <see cref="BuildEdit"/>, a <see cref="DocumentEdit"/>).
/// The presets fill every mandatory property of the repository's umbraco.config types, so a test states only
/// what it is about; a later <c>With</c> replaces a preset value and <see cref="Without"/> removes one.
/// </summary>
public sealed class DocumentBuilder(string contentTypeAlias)
{
    private readonly Dictionary<string, string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PropertyValue> _values = [];
    private Guid? _parentKey;
    private Guid? _key;

    /// <summary>A site at the root, named in zh-Hans and en, with its mandatory siteName in both.</summary>
    public static DocumentBuilder Site(string englishName = "Zhuwagen", string chineseName = "竹瓦根镇") =>
        new DocumentBuilder("site")
            .Named("zh-Hans", chineseName).Named("en", englishName)
            .With("zh-Hans", "siteName", chineseName).With("en", "siteName", englishName);

    /// <summary>A route under <paramref name="parent"/> (a site); route has no mandatory properties.</summary>
    public static DocumentBuilder Route(Guid parent, string englishName = "Red Route", string chineseName = "红色线路") =>
        new DocumentBuilder("route").Under(parent).Named("zh-Hans", chineseName).Named("en", englishName);

    /// <summary>A stop under <paramref name="parent"/> (a route) with its mandatory coordinates and order; names follow the order.</summary>
    public static DocumentBuilder Stop(Guid parent, int order) =>
        new DocumentBuilder("routeStop").Under(parent)
            .Named("zh-Hans", $"第{order}站").Named("en", $"Stop {order}")
            .With("latitude", 28.66 + order / 100.0).With("longitude", 115.8 + order / 100.0).With("orderOnRoute", order);

    /// <summary>For a save: the content type is the stored document's, so none is named here.</summary>
    public static DocumentBuilder Edit() => new(string.Empty);

    public DocumentBuilder Under(Guid? parentKey)
    {
        _parentKey = parentKey;
        return this;
    }

    public DocumentBuilder WithKey(Guid key)
    {
        _key = key;
        return this;
    }

    public DocumentBuilder Named(string culture, string name)
    {
        _names[culture] = name;
        return this;
    }

    /// <summary>Leaves a culture out altogether: no name and none of its values.</summary>
    public DocumentBuilder WithoutCulture(string culture)
    {
        _names.Remove(culture);
        _values.RemoveAll(v => string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase));
        return this;
    }

    /// <summary>An invariant value.</summary>
    public DocumentBuilder With(string alias, JToken? value) => Set(alias, null, value);

    /// <summary>A value of one culture.</summary>
    public DocumentBuilder With(string culture, string alias, JToken? value) => Set(alias, culture, value);

    /// <summary>Removes a value (of every culture), e.g. a preset's mandatory one.</summary>
    public DocumentBuilder Without(string alias)
    {
        _values.RemoveAll(v => string.Equals(v.Alias, alias, StringComparison.OrdinalIgnoreCase));
        return this;
    }

    public DocumentCreate Build() => new(contentTypeAlias, _parentKey, new Dictionary<string, string>(_names), _values.ToList(), _key);

    /// <summary>The same names and values as a save of an existing document.</summary>
    public DocumentEdit BuildEdit(int? expectedRevision = null) =>
        new(new Dictionary<string, string>(_names), _values.ToList(), expectedRevision);

    private DocumentBuilder Set(string alias, string? culture, JToken? value)
    {
        _values.RemoveAll(v => string.Equals(v.Alias, alias, StringComparison.OrdinalIgnoreCase)
            && string.Equals(v.Culture, culture, StringComparison.OrdinalIgnoreCase));
        _values.Add(new PropertyValue(alias, culture, value));
        return this;
    }
}
