using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>
/// Which of a document's cultures a publish or unpublish request means: empty or "*" is every culture the item has
/// (or has published), and an invariant item always means all of them.
/// </summary>
internal static class PublishCultures
{
    public static List<string> Resolve(
        ContentSchema schema, ContentType type, DocumentEntity document, IReadOnlyCollection<string> cultures, out bool invalid, bool publishedOnly = false)
    {
        invalid = false;
        var available = document.Cultures.Where(c => !publishedOnly || c.IsPublished).Select(c => c.Culture).ToList();
        if (!type.VariesByCulture || cultures.Count == 0 || cultures.Contains("*"))
        {
            return available;
        }

        var result = new List<string>();
        foreach (var culture in cultures)
        {
            var match = available.FirstOrDefault(a => string.Equals(a, culture, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                invalid = schema.FindLanguage(culture) is null || !publishedOnly;
                continue;
            }

            result.Add(match);
        }

        return result;
    }
}
