using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Schema;
using ZhuwaGen.Tourism.Web.Backoffice.Shell;

namespace ZhuwaGen.Tourism.Web.Backoffice.Dashboards;

/// <summary>An item that lacks a language: its Chinese title, and per missing language what is missing and where to tap.</summary>
public sealed record MissingItem(Guid Key, string Title, string ContentTypeAlias, IReadOnlyList<MissingLanguage> Languages);

/// <summary>
/// One language an item lacks: no title at all, or fields filled in Chinese but empty in it. The link opens the edit
/// screen in that language at the first such field.
/// </summary>
public sealed record MissingLanguage(string Culture, bool NoTitle, IReadOnlyList<string> FieldLabels, string Url);

/// <summary>
/// Which items of the tabs (stops, events, stories, stays) lack English or Tibetan, read from their drafts: the
/// township's translation to-do list.
/// </summary>
public sealed class MissingTranslations(CmsDbContext db, SchemaRegistry schemas)
{
    public async Task<IReadOnlyList<MissingItem>> FindAsync(BackofficeText text, CancellationToken cancellationToken)
    {
        var schema = schemas.Current;
        var source = schema.DefaultCulture;
        var others = schema.Languages.Select(l => l.IsoCode).Where(c => !string.Equals(c, source, StringComparison.OrdinalIgnoreCase)).ToList();
        var types = Section.Content.Select(s => s.ContentTypeAlias!).ToList();
        var rows = await db.Documents.AsNoTracking()
            .Where(d => types.Contains(d.ContentTypeAlias) && !d.Trashed)
            .OrderBy(d => d.ContentTypeAlias).ThenBy(d => d.Level).ThenBy(d => d.SortOrder)
            .Join(db.DocumentVersions, d => d.DraftVersionId, v => v.Id, (d, v) => new { d.Key, d.ContentTypeAlias, v.Data })
            .ToListAsync(cancellationToken);

        var items = new List<MissingItem>();
        foreach (var row in rows)
        {
            if (schema.FindContentType(row.ContentTypeAlias) is not { VariesByCulture: true } type)
            {
                continue;
            }

            var data = DocumentData.FromJson(row.Data);
            var varying = schema.AllProperties(type).Where(p => p.VariesByCulture).ToList();
            var languages = new List<MissingLanguage>();
            foreach (var culture in others)
            {
                var noTitle = string.IsNullOrWhiteSpace(data.Names.GetValueOrDefault(culture));
                var empty = varying.Where(p => Filled(data.GetValue(p.Alias, source)) && !Filled(data.GetValue(p.Alias, culture))).ToList();
                if (noTitle || empty.Count > 0)
                {
                    var anchor = noTitle ? "f-name" : "f-" + empty[0].Alias;
                    languages.Add(new MissingLanguage(
                        culture, noTitle, empty.Select(p => text.Named("Prop", p.Alias, p.Name)).ToList(),
                        BackofficeRoutes.Edit(row.Key, culture) + "#" + anchor));
                }
            }

            if (languages.Count > 0)
            {
                var title = data.Names.GetValueOrDefault(source) is { Length: > 0 } name ? name : data.Names.Values.FirstOrDefault(n => n.Length > 0) ?? text["Untitled"];
                items.Add(new MissingItem(row.Key, title, row.ContentTypeAlias, languages));
            }
        }

        return items;
    }

    private static bool Filled(JToken? value) =>
        value is not null && value.Type != JTokenType.Null
        && !(value.Type == JTokenType.String && string.IsNullOrWhiteSpace(value.Value<string>()))
        && !(value is JArray { Count: 0 });
}
