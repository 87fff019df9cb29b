using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>A filter of the grammar read as a typed filter, or why it cannot be (status and a detail naming the value).</summary>
internal sealed record ParsedFilter(QueryFilter? Filter, ContentQueryStatus Status, string? Detail = null);

/// <summary>
/// Reads one <c>filter</c> value as a typed <see cref="QueryFilter"/>. Umbraco's options: <c>contentType:a,b</c> /
/// <c>contentType:!a</c>; <c>name:x</c> / <c>name:!x</c> (contains, ignoring case, in the name shown for the request
/// culture); <c>createDate</c> and <c>updateDate</c> with every operator. Ours: <c>text:words</c> (full-text) and
/// any custom field of <see cref="QueryFields"/>. Strict: an unknown option, or an operator its field lacks, is
/// "Filter option not found"; a value the field cannot read (a date that is not one, a number, a boolean) is
/// "Invalid filter value" naming it — where Umbraco would quietly match nothing.
/// </summary>
internal static class ContentFilters
{
    public static ParsedFilter Parse(string filter, QueryFields fields)
    {
        if (FilterExpression.Parse(filter) is not { } expression)
        {
            return NotFound;
        }

        var op = expression.Operator;
        var field = expression.Field;
        var equality = op is FilterOperator.Is or FilterOperator.IsNot;
        if (Is(field, "contentType"))
        {
            return equality ? Found(new ContentTypeFilter(expression.Values, op == FilterOperator.Is)) : NotFound;
        }

        if (Is(field, "name"))
        {
            return equality ? Found(new NameFilter(expression.Value, op == FilterOperator.Is)) : NotFound;
        }

        if (Is(field, "createDate") || Is(field, "updateDate"))
        {
            var date = Is(field, "createDate") ? ItemDate.CreateDate : ItemDate.UpdateDate;
            return FieldValues.ParseDate(expression.Value) is { } parsed
                ? Found(new DateFilter(date, op, new DateTimeOffset(parsed, TimeSpan.Zero)))
                : Invalid(filter, expression.Value, "a date in ISO 8601 form, such as 2026-01-05 or 2026-01-05T12:00:00Z");
        }

        if (Is(field, "text"))
        {
            return op == FilterOperator.Is ? Found(new TextFilter(expression.Value)) : NotFound;
        }

        if (!fields.CanFilter(field, op))
        {
            return NotFound;
        }

        // The alias may be a date on one type and a number on another: the value must suit one of them.
        var kinds = fields.KindsOf(field).Where(k => k.Supports(op)).ToList();
        return kinds.Any(k => FieldValues.Operand(k, expression.Value) is not null)
            ? Found(new FieldFilter(field, op, expression.Value))
            : Invalid(filter, expression.Value, string.Join(" or ", kinds.Select(Describe)));
    }

    private static ParsedFilter NotFound { get; } = new(null, ContentQueryStatus.FilterOptionNotFound);

    private static ParsedFilter Found(QueryFilter filter) => new(filter, ContentQueryStatus.Success);

    private static ParsedFilter Invalid(string filter, string value, string expected) =>
        new(null, ContentQueryStatus.InvalidFilterValue, $"The value '{value}' of filter '{filter}' is not valid: expected {expected}.");

    private static string Describe(FieldKind kind) => kind switch
    {
        FieldKind.Date => "a date in ISO 8601 form, such as 2026-01-05",
        FieldKind.Number => "a number, such as 3 or 2.5",
        FieldKind.Boolean => "true or false",
        _ => "one or more comma-separated values",
    };

    private static bool Is(string field, string option) => string.Equals(field, option, StringComparison.OrdinalIgnoreCase);
}
