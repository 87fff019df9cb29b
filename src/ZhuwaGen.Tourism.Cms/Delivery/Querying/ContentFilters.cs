using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// Turns one <c>filter</c> value into a predicate, or null when no handler knows it (400 "Filter option not found").
/// Umbraco's options: <c>contentType:a,b</c> / <c>contentType:!a</c>; <c>name:x</c> / <c>name:!x</c> (contains, ignoring
/// case, in the name shown for the request culture); <c>createDate</c> and <c>updateDate</c> with every operator, a
/// malformed date matching nothing as in Umbraco. Ours: <c>text:words</c> (full-text, <see cref="Search.SearchIndex"/>)
/// and any custom field of <see cref="QueryFields"/>; an item lacking the field is excluded by every filter on it.
/// </summary>
internal static class ContentFilters
{
    public static Func<Publishing.PublishedDocument, bool>? Build(string filter, QueryScope scope)
    {
        if (FilterExpression.Parse(filter) is not { } expression)
        {
            return null;
        }

        var op = expression.Operator;
        var field = expression.Field;
        if (Is(field, "contentType"))
        {
            return op is FilterOperator.Is or FilterOperator.IsNot ? ContentType(expression) : null;
        }

        if (Is(field, "name"))
        {
            return op is FilterOperator.Is or FilterOperator.IsNot
                ? d => scope.Name(d).Contains(expression.Value, StringComparison.OrdinalIgnoreCase) == (op == FilterOperator.Is)
                : null;
        }

        if (Is(field, "createDate") || Is(field, "updateDate"))
        {
            var created = Is(field, "createDate");
            return FieldValues.ParseDate(expression.Value) is { } date
                ? d => expression.Holds(FieldValues.ToUniversal(created ? d.CreateDate : d.UpdateDate).CompareTo(date))
                : _ => false;
        }

        if (Is(field, "text"))
        {
            if (op != FilterOperator.Is)
            {
                return null;
            }

            var hits = scope.Search(expression.Value);
            return d => hits.ContainsKey(d.Key);
        }

        return scope.Index.Fields.CanFilter(field, op) ? CustomField(expression, scope) : null;
    }

    private static Func<Publishing.PublishedDocument, bool> ContentType(FilterExpression expression)
    {
        var aliases = new HashSet<string>(expression.Values, StringComparer.OrdinalIgnoreCase);
        var include = expression.Operator == FilterOperator.Is;
        return d => aliases.Contains(d.ContentTypeAlias) == include;
    }

    private static Func<Publishing.PublishedDocument, bool> CustomField(FilterExpression expression, QueryScope scope)
    {
        var operands = new Dictionary<FieldKind, object?>();
        return d =>
        {
            if (scope.KindOf(d, expression.Field) is not { } kind || !kind.Supports(expression.Operator)
                || scope.Field(d, expression.Field) is not { } value)
            {
                return false;
            }

            if (!operands.TryGetValue(kind, out var operand))
            {
                operands[kind] = operand = Operand(kind, expression);
            }

            return operand is not null && Matches(kind, value, operand, expression);
        };
    }

    /// <summary>Text, tags and choices take a comma list (any of); dates, numbers and booleans one value.</summary>
    private static object? Operand(FieldKind kind, FilterExpression expression) => kind switch
    {
        FieldKind.Text or FieldKind.Tags or FieldKind.Choice => expression.Values.Count == 0 ? null : expression.Values.ToArray(),
        _ => FieldValues.Parse(kind, expression.Value),
    };

    private static bool Matches(FieldKind kind, object value, object operand, FilterExpression expression)
    {
        if (operand is string[] wanted)
        {
            var found = value is string[] set
                ? set.Any(v => wanted.Contains(v, StringComparer.OrdinalIgnoreCase))
                : wanted.Contains((string)value, StringComparer.OrdinalIgnoreCase);
            return found == (expression.Operator == FilterOperator.Is);
        }

        return kind.Supports(expression.Operator) && expression.Holds(FieldValues.Compare(value, operand));
    }

    private static bool Is(string field, string option) => string.Equals(field, option, StringComparison.OrdinalIgnoreCase);
}
