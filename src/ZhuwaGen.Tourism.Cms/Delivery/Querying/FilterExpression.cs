using ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

namespace ZhuwaGen.Tourism.Cms.Delivery.Querying;

/// <summary>
/// One <c>filter</c> value split into field, operator and operand, in Umbraco's syntax: <c>field:value</c>,
/// <c>field:!value</c>, <c>field&gt;value</c>, <c>field&gt;:value</c>, <c>field&lt;value</c>, <c>field&lt;:value</c>.
/// </summary>
internal readonly record struct FilterExpression(string Field, FilterOperator Operator, string Value)
{
    private static readonly char[] OperatorStarts = [':', '<', '>'];

    public static FilterExpression? Parse(string filter)
    {
        var at = filter.IndexOfAny(OperatorStarts);
        if (at <= 0)
        {
            return null;
        }

        var field = filter[..at];
        var rest = filter[(at + 1)..];
        var orEqual = rest.StartsWith(':');
        return filter[at] switch
        {
            ':' when rest.StartsWith('!') => new FilterExpression(field, FilterOperator.IsNot, rest[1..]),
            ':' => new FilterExpression(field, FilterOperator.Is, rest),
            '>' => new FilterExpression(field, orEqual ? FilterOperator.GreaterThanOrEqual : FilterOperator.GreaterThan, orEqual ? rest[1..] : rest),
            _ => new FilterExpression(field, orEqual ? FilterOperator.LessThanOrEqual : FilterOperator.LessThan, orEqual ? rest[1..] : rest),
        };
    }

    /// <summary>The operand as a comma list (<c>contentType:a,b</c>), blanks dropped.</summary>
    public IReadOnlyList<string> Values => Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
