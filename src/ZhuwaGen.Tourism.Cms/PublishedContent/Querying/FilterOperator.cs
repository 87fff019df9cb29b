namespace ZhuwaGen.Tourism.Cms.PublishedContent.Querying;

/// <summary>How a filter compares an item's value with its operand (the Delivery grammar's <c>: :! &gt; &gt;: &lt; &lt;:</c>).</summary>
public enum FilterOperator
{
    Is,
    IsNot,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}

public static class FilterOperators
{
    /// <summary>Whether a comparison result (value compared with operand) satisfies the operator.</summary>
    public static bool Holds(this FilterOperator op, int comparison) => op switch
    {
        FilterOperator.Is => comparison == 0,
        FilterOperator.IsNot => comparison != 0,
        FilterOperator.GreaterThan => comparison > 0,
        FilterOperator.GreaterThanOrEqual => comparison >= 0,
        FilterOperator.LessThan => comparison < 0,
        _ => comparison <= 0,
    };
}
