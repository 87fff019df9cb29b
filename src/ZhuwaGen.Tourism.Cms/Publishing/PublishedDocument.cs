using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>The published name, segment and publish date of one culture.</summary>
public sealed record PublishedCulture(string Name, string UrlSegment, DateTime? PublishDate);

/// <summary>A published document as every reader sees it; immutable.</summary>
public sealed record PublishedDocument(
    Guid Key,
    Guid? ParentKey,
    string ContentTypeAlias,
    int SortOrder,
    int Level,
    DateTime CreateDate,
    DateTime UpdateDate,
    IReadOnlyDictionary<string, PublishedCulture> Cultures,
    IReadOnlyList<PropertyValue> Values)
{
    /// <summary>The value of <paramref name="alias"/> in <paramref name="culture"/>, or the invariant value.</summary>
    public JToken? Value(string alias, string? culture)
    {
        PropertyValue? invariant = null;
        foreach (var value in Values)
        {
            if (!string.Equals(value.Alias, alias, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (value.Culture is null)
            {
                invariant = value;
            }
            else if (culture is not null && string.Equals(value.Culture, culture, StringComparison.OrdinalIgnoreCase))
            {
                return value.Value;
            }
        }

        return invariant?.Value;
    }

    public string? Text(string alias, string? culture) => Value(alias, culture) is { Type: JTokenType.String } token ? token.Value<string>() : null;
}
