using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>
/// Turns a <see cref="QueryFilter"/> into a predicate over one query's scope. Names compare as shown in the query
/// culture; custom fields are read with each item's own editor (<see cref="QueryScope.Field"/>), and an item lacking
/// the field, or whose kind cannot compare with the operand or operator, does not match.
/// </summary>
internal static class QueryFilters
{
    public static Func<PublishedDocument, bool> Compile(QueryFilter filter, QueryScope scope) => filter switch
    {
        ContentTypeFilter types => ContentType(types),
        NameFilter name => d => scope.Name(d).Contains(name.Text, StringComparison.OrdinalIgnoreCase) == name.Include,
        DateFilter date => Date(date),
        TextFilter text => Text(text, scope),
        FieldFilter field => Field(field, scope),
        _ => _ => false,
    };

    private static Func<PublishedDocument, bool> ContentType(ContentTypeFilter filter)
    {
        var aliases = new HashSet<string>(filter.Aliases, StringComparer.OrdinalIgnoreCase);
        return d => aliases.Contains(d.ContentTypeAlias) == filter.Include;
    }

    private static Func<PublishedDocument, bool> Date(DateFilter filter)
    {
        var operand = filter.Operand.UtcDateTime;
        return filter.Date == ItemDate.CreateDate
            ? d => filter.Operator.Holds(FieldValues.ToUniversal(d.CreateDate).CompareTo(operand))
            : d => filter.Operator.Holds(FieldValues.ToUniversal(d.UpdateDate).CompareTo(operand));
    }

    private static Func<PublishedDocument, bool> Text(TextFilter filter, QueryScope scope)
    {
        var hits = scope.Search(filter.Text);
        return d => hits.ContainsKey(d.Key);
    }

    private static Func<PublishedDocument, bool> Field(FieldFilter filter, QueryScope scope)
    {
        // One operand per kind: the same alias may be a date on one type and text on another.
        var operands = new Dictionary<FieldKind, object?>();
        var values = scope.Field(filter.Alias);
        return d =>
        {
            if (values(d) is not { } field || !field.Kind.Supports(filter.Operator))
            {
                return false;
            }

            var (kind, value) = field;
            if (!operands.TryGetValue(kind, out var operand))
            {
                operands[kind] = operand = FieldValues.Operand(kind, filter.Operand);
            }

            return operand is not null && Matches(value, operand, filter.Operator);
        };
    }

    private static bool Matches(object value, object operand, FilterOperator op)
    {
        if (operand is string[] wanted)
        {
            var found = value is string[] set
                ? set.Any(v => wanted.Contains(v, StringComparer.OrdinalIgnoreCase))
                : value is string single && wanted.Contains(single, StringComparer.OrdinalIgnoreCase);
            return found == (op == FilterOperator.Is);
        }

        return value.GetType() == operand.GetType() && op.Holds(FieldValues.Compare(value, operand));
    }
}
