using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Languages;
using ZhuwaGen.Tourism.Cms.Persistence;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;

namespace ZhuwaGen.Tourism.Cms.Schema;

/// <summary>Reads and writes the schema rows: languages, data types, content types (each type one JSON definition).</summary>
public sealed class SchemaStore(CmsDbContext db)
{
    private static readonly JsonSerializerSettings DefinitionSettings = new()
    {
        Converters = { new Newtonsoft.Json.Converters.StringEnumConverter() },
        Formatting = Formatting.None,
    };

    public async Task<ContentSchema> LoadAsync(CancellationToken cancellationToken)
    {
        var languages = await db.Languages.AsNoTracking().OrderByDescending(l => l.IsDefault).ThenBy(l => l.IsoCode).ToListAsync(cancellationToken);
        var dataTypes = await db.DataTypes.AsNoTracking().OrderBy(d => d.Alias).ToListAsync(cancellationToken);
        var contentTypes = await db.ContentTypes.AsNoTracking().OrderBy(t => t.Alias).ToListAsync(cancellationToken);
        return new ContentSchema(
            languages.Select(l => new Language(l.Key, l.IsoCode, l.CultureName, l.IsDefault, l.IsMandatory, l.FallbackIsoCode)).ToList(),
            dataTypes.Select(d => new DataType(d.Key, d.Alias, d.Name, d.EditorAlias, d.EditorUiAlias, ConfigJson.Parse(d.Config), d.Folder)).ToList(),
            contentTypes.Select(t => DeserializeType(t.Definition)).ToList());
    }

    /// <summary>Makes the rows equal to <paramref name="schema"/>; the caller owns the transaction and the save.</summary>
    public async Task ReplaceAsync(ContentSchema schema, CancellationToken cancellationToken)
    {
        var languages = await db.Languages.ToListAsync(cancellationToken);
        Sync(
            languages,
            schema.Languages,
            l => l.IsoCode,
            l => l.IsoCode,
            l => new LanguageEntity { IsoCode = l.IsoCode, CultureName = l.CultureName },
            (row, l) =>
            {
                row.Key = l.Key;
                row.CultureName = l.CultureName;
                row.IsDefault = l.IsDefault;
                row.IsMandatory = l.IsMandatory;
                row.FallbackIsoCode = l.FallbackIsoCode;
            },
            db.Languages);

        var dataTypes = await db.DataTypes.ToListAsync(cancellationToken);
        Sync(
            dataTypes,
            schema.DataTypes,
            d => d.Key.ToString(),
            d => d.Key.ToString(),
            d => new DataTypeEntity { Key = d.Key, Alias = d.Alias, Name = d.Name, EditorAlias = d.EditorAlias, Config = "{}" },
            (row, d) =>
            {
                row.Alias = d.Alias;
                row.Name = d.Name;
                row.EditorAlias = d.EditorAlias;
                row.EditorUiAlias = d.EditorUiAlias;
                row.Folder = d.Folder;
                row.Config = d.Config.ToString(Formatting.None);
            },
            db.DataTypes);

        var contentTypes = await db.ContentTypes.ToListAsync(cancellationToken);
        Sync(
            contentTypes,
            schema.ContentTypes,
            t => t.Key.ToString(),
            t => t.Key.ToString(),
            t => new ContentTypeEntity { Key = t.Key, Alias = t.Alias, Definition = "{}" },
            (row, t) =>
            {
                row.Alias = t.Alias;
                row.Definition = JsonConvert.SerializeObject(t, DefinitionSettings);
            },
            db.ContentTypes);
    }

    private static ContentType DeserializeType(string json) =>
        JsonConvert.DeserializeObject<ContentType>(json, DefinitionSettings)
        ?? throw new InvalidDataException("A content type row holds no definition.");

    // Rows are matched by key, so a renamed alias updates its row instead of replacing it.
    private static void Sync<TRow, TItem>(
        List<TRow> rows,
        IReadOnlyList<TItem> items,
        Func<TRow, string> rowKey,
        Func<TItem, string> itemKey,
        Func<TItem, TRow> create,
        Action<TRow, TItem> update,
        DbSet<TRow> set)
        where TRow : class
    {
        var byKey = rows.ToDictionary(rowKey, StringComparer.OrdinalIgnoreCase);
        var wanted = items.Select(itemKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows.Where(r => !wanted.Contains(rowKey(r))))
        {
            set.Remove(row);
        }

        foreach (var item in items)
        {
            if (!byKey.TryGetValue(itemKey(item), out var row))
            {
                row = create(item);
                set.Add(row);
            }

            update(row, item);
        }
    }
}
