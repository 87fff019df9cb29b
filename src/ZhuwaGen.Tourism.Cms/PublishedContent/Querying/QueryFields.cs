using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>
/// The custom fields a query may name: every property of a document type (with its compositions) whose editor has a
/// <see cref="FieldKind"/>. The same alias may mean different editors on different types; each item is read with its
/// own type's editor, and an operator is accepted when any of the alias's kinds supports it.
/// </summary>
internal sealed class QueryFields
{
    private readonly Dictionary<string, Dictionary<string, FieldKind>> _byType = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<FieldKind>> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    public QueryFields(ContentSchema schema)
    {
        foreach (var type in schema.ContentTypes.Where(t => !t.IsElement))
        {
            var fields = new Dictionary<string, FieldKind>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in schema.AllProperties(type))
            {
                if (FieldKinds.Of(property.EditorAlias) is { } kind && fields.TryAdd(property.Alias, kind))
                {
                    Kinds(property.Alias).Add(kind);
                }
            }

            _byType[type.Alias] = fields;
        }
    }

    public bool CanFilter(string alias, FilterOperator op) =>
        _byAlias.TryGetValue(alias, out var kinds) && kinds.Any(k => k.Supports(op));

    /// <summary>Every kind <paramref name="alias"/> has on some document type (none when no type has it).</summary>
    public IReadOnlyCollection<FieldKind> KindsOf(string alias) => _byAlias.TryGetValue(alias, out var kinds) ? kinds : [];

    public bool CanSort(string alias) => _byAlias.TryGetValue(alias, out var kinds) && kinds.Any(k => k.IsSortable());

    /// <summary>The kind of <paramref name="alias"/> on items of <paramref name="contentTypeAlias"/>, or null when the type has no such field.</summary>
    public FieldKind? KindOf(string contentTypeAlias, string alias) =>
        _byType.TryGetValue(contentTypeAlias, out var fields) && fields.TryGetValue(alias, out var kind) ? kind : null;

    private HashSet<FieldKind> Kinds(string alias)
    {
        if (!_byAlias.TryGetValue(alias, out var kinds))
        {
            _byAlias[alias] = kinds = [];
        }

        return kinds;
    }
}
