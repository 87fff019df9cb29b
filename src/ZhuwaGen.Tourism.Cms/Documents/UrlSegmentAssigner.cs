using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Routing;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>
/// Gives each culture of a document a URL segment that is unique among its siblings in that culture.
/// An explicit <c>umbracoUrlName</c> wins and a clash with it is an error; otherwise the segment comes from the
/// name, and a name in a non-Latin script takes the segment of the first other language (in the schema's order) with
/// an explicit URL name or a Latin name, so that Chinese and Tibetan pages get readable addresses. A derived segment
/// that clashes gets "-2", "-3"….
/// </summary>
public sealed class UrlSegmentAssigner(CmsDbContext db, SchemaRegistry schemas)
{
    public const string UrlNameAlias = "umbracoUrlName";

    public async Task<(Dictionary<string, string> Segments, List<PropertyValidationError> Errors)> AssignAsync(
        int? parentId,
        int? documentId,
        Guid documentKey,
        DocumentData draft,
        IEnumerable<string> cultures,
        CancellationToken cancellationToken)
    {
        var segments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<PropertyValidationError>();
        foreach (var culture in cultures)
        {
            var explicitName = ExplicitUrlName(draft, culture);
            if (explicitName is not null)
            {
                if ((await ClashingAsync(parentId, documentId, culture, explicitName, withSuffixes: false, cancellationToken)).Count > 0)
                {
                    errors.Add(new PropertyValidationError(
                        UrlNameAlias, culture, $"Another item under the same parent already uses the URL name '{explicitName}'."));
                }

                segments[culture] = explicitName;
                continue;
            }

            var basis = DerivedSegment(draft, culture);
            if (basis.Length == 0)
            {
                basis = "item-" + documentKey.ToString("N")[..8];
            }

            // The common case costs one lookup of the basis; only a clash reads the siblings' "basis-n" segments.
            var taken = await ClashingAsync(parentId, documentId, culture, basis, withSuffixes: false, cancellationToken);
            if (taken.Count > 0)
            {
                taken = await ClashingAsync(parentId, documentId, culture, basis, withSuffixes: true, cancellationToken);
            }

            var segment = basis;
            for (var suffix = 2; taken.Contains(segment); suffix++)
            {
                segment = $"{basis}-{suffix}";
            }

            segments[culture] = segment;
        }

        return (segments, errors);
    }

    /// <summary>
    /// The segments of the other live children of <paramref name="parentId"/> in <paramref name="culture"/> that are
    /// <paramref name="segment"/> or, with <paramref name="withSuffixes"/>, start with "segment-": only what could
    /// clash is read, not every sibling's segment.
    /// </summary>
    private async Task<HashSet<string>> ClashingAsync(
        int? parentId, int? documentId, string culture, string segment, bool withSuffixes, CancellationToken cancellationToken)
    {
        var prefix = segment + "-";
        var siblings = db.Documents.Where(d => d.ParentId == parentId && !d.Trashed && d.Id != documentId);
        var found = await db.DocumentCultures.AsNoTracking()
            .Where(c => c.Culture == culture && (c.UrlSegment == segment || (withSuffixes && c.UrlSegment.StartsWith(prefix))))
            .Where(c => siblings.Any(d => d.Id == c.DocumentId))
            .Select(c => c.UrlSegment)
            .ToListAsync(cancellationToken);
        return new HashSet<string>(found, StringComparer.OrdinalIgnoreCase);
    }

    private static string? ExplicitUrlName(DocumentData draft, string culture)
    {
        var value = draft.GetValue(UrlNameAlias, culture) ?? draft.GetValue(UrlNameAlias, null);
        var text = value?.Type == JTokenType.String ? value.Value<string>()?.Trim() : null;
        return string.IsNullOrEmpty(text) ? null : text.ToLowerInvariant();
    }

    private string DerivedSegment(DocumentData draft, string culture)
    {
        var name = draft.Names.GetValueOrDefault(culture) ?? string.Empty;
        if (!IsLatin(name))
        {
            foreach (var other in schemas.Current.Languages.Where(l => !string.Equals(l.IsoCode, culture, StringComparison.OrdinalIgnoreCase)))
            {
                var readable = ExplicitUrlName(draft, other.IsoCode)
                    ?? (draft.Names.TryGetValue(other.IsoCode, out var otherName) && IsLatin(otherName) ? UrlSegments.FromName(otherName) : null);
                if (!string.IsNullOrEmpty(readable))
                {
                    return readable;
                }
            }
        }

        // No readable name in another language: a Chinese name is written in pinyin (学尼村 → xue-ni-cun), as
        // visitors type it and as a link shared in WeChat stays readable rather than percent-encoded.
        return UrlSegments.FromName(Pinyin.Romanize(name));
    }

    private static bool IsLatin(string text) => text.All(c => c < 0x0250);
}
