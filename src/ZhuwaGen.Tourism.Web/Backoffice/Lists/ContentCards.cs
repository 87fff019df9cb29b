using Microsoft.EntityFrameworkCore;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Web.Backoffice.Lists;

/// <summary>
/// Reads the cards of the lists and the home screen: the items (not in the recycle bin) of one type, or the most
/// recently changed of any type. Reads only the per-culture rows, never the versions' JSON, so a list is one query.
/// </summary>
public sealed class ContentCards(CmsDbContext db, SchemaRegistry schemas)
{
    public const int MaxSearchLength = 100;

    public async Task<IReadOnlyList<ContentCard>> OfTypeAsync(string contentTypeAlias, string? search, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Include(d => d.Cultures)
            .Where(d => d.ContentTypeAlias == contentTypeAlias && !d.Trashed)
            .OrderBy(d => d.Level).ThenBy(d => d.SortOrder).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken);
        var cards = documents.Select(ToCard);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var words = search.Trim();
            words = words.Length > MaxSearchLength ? words[..MaxSearchLength] : words;
            cards = cards.Where(c => Contains(c.ChineseName, words) || Contains(c.EnglishName, words));
        }

        return cards.ToList();
    }

    /// <summary>Items of any of the types (all types when none are given) whose title in any language contains the search, for pickers.</summary>
    public async Task<IReadOnlyList<ContentCard>> SearchAsync(IReadOnlyCollection<string> contentTypeAliases, string? search, int count, CancellationToken cancellationToken)
    {
        var query = db.Documents.AsNoTracking().Include(d => d.Cultures).Where(d => !d.Trashed);
        if (contentTypeAliases.Count > 0)
        {
            query = query.Where(d => contentTypeAliases.Contains(d.ContentTypeAlias));
        }

        var documents = await query.OrderBy(d => d.Level).ThenBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var words = (search ?? string.Empty).Trim();
        words = words.Length > MaxSearchLength ? words[..MaxSearchLength] : words;
        return documents.Select(ToCard)
            .Where(c => words.Length == 0 || Contains(c.ChineseName, words) || Contains(c.EnglishName, words))
            .Take(count)
            .ToList();
    }

    /// <summary>The cards of picked items, by key (items since deleted are left out).</summary>
    public async Task<IReadOnlyDictionary<Guid, ContentCard>> ByKeysAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return new Dictionary<Guid, ContentCard>();
        }

        var documents = await db.Documents.AsNoTracking().Include(d => d.Cultures).Where(d => keys.Contains(d.Key)).ToListAsync(cancellationToken);
        return documents.Select(ToCard).ToDictionary(c => c.Key);
    }

    /// <summary>The items changed last, of the types that have a tab, newest first.</summary>
    public async Task<IReadOnlyList<ContentCard>> RecentAsync(IReadOnlyCollection<string> contentTypeAliases, int count, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking().Include(d => d.Cultures)
            .Where(d => contentTypeAliases.Contains(d.ContentTypeAlias) && !d.Trashed)
            .OrderByDescending(d => d.UpdateDate).ThenByDescending(d => d.Id)
            .Take(count)
            .ToListAsync(cancellationToken);
        return documents.Select(ToCard).ToList();
    }

    private ContentCard ToCard(DocumentEntity document)
    {
        var languages = schemas.Current.Languages;
        var cultures = languages.Select(l =>
        {
            var row = document.Cultures.FirstOrDefault(c => string.Equals(c.Culture, l.IsoCode, StringComparison.OrdinalIgnoreCase));
            var state = row switch
            {
                null => CultureState.Missing,
                { IsPublished: true, Edited: true } => CultureState.PublishedWithChanges,
                { IsPublished: true } => CultureState.Published,
                _ => CultureState.Draft,
            };
            return new CultureStatus(l.IsoCode, state);
        }).ToList();
        var next = document.Cultures
            .SelectMany(c => new[] { c.ScheduledPublishDate, c.ScheduledUnpublishDate })
            .Where(d => d is not null)
            .Min();
        return new ContentCard(
            document.Key,
            document.ContentTypeAlias,
            NameIn(document, schemas.Current.DefaultCulture),
            NameIn(document, SecondCulture),
            cultures,
            next,
            document.UpdateDate);
    }

    // The second title on a card: English, the language most editors translate into, when the site has it.
    private const string SecondCulture = "en";

    private static string? NameIn(DocumentEntity document, string culture) =>
        document.Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase))?.Name is { Length: > 0 } name
            ? name
            : null;

    private static bool Contains(string? name, string words) =>
        name is not null && name.Contains(words, StringComparison.OrdinalIgnoreCase);
}
