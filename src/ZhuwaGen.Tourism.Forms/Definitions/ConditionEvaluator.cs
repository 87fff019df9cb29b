using System.Globalization;

namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// Decides on the server, as the browser does, whether a field is shown given the other fields' values. A field
/// hidden by its condition is neither validated nor stored; a rule on a hidden field sees that field as empty.
/// </summary>
public static class ConditionEvaluator
{
    private const int MaxDepth = 8;

    public static bool IsVisible(FormDefinition form, FormField field, IReadOnlyDictionary<string, string[]> values) =>
        IsVisible(form, field, values, 0);

    private static bool IsVisible(FormDefinition form, FormField field, IReadOnlyDictionary<string, string[]> values, int depth)
    {
        if (field.Condition is not { Rules.Count: > 0 } condition || depth > MaxDepth)
        {
            return true;
        }

        bool Matches(ConditionRule rule)
        {
            var other = form.FieldById(rule.Field);
            var otherValues = other is not null && IsVisible(form, other, values, depth + 1) && values.TryGetValue(other.Alias, out var v)
                ? v
                : [];
            return Evaluate(rule, otherValues);
        }

        var matched = condition.LogicType == ConditionLogic.All ? condition.Rules.All(Matches) : condition.Rules.Any(Matches);
        return condition.ActionType == ConditionAction.Show ? matched : !matched;
    }

    private static bool Evaluate(ConditionRule rule, string[] values)
    {
        var comparison = StringComparison.OrdinalIgnoreCase;
        return rule.Operator switch
        {
            ConditionOperator.Is => values.Any(v => string.Equals(v, rule.Value, comparison)) || (values.Length == 0 && rule.Value.Length == 0),
            ConditionOperator.IsNot => !values.Any(v => string.Equals(v, rule.Value, comparison)),
            ConditionOperator.Contains => values.Any(v => v.Contains(rule.Value, comparison)),
            ConditionOperator.StartsWith => values.Any(v => v.StartsWith(rule.Value, comparison)),
            ConditionOperator.EndsWith => values.Any(v => v.EndsWith(rule.Value, comparison)),
            ConditionOperator.GreaterThen => values.Any(v => Compare(v, rule.Value) > 0),
            ConditionOperator.LessThen => values.Any(v => Compare(v, rule.Value) < 0),
            _ => false,
        };
    }

    /// <summary>Numbers compare as numbers, ISO dates as dates; anything else does not compare (null).</summary>
    private static int? Compare(string left, string right)
    {
        if (decimal.TryParse(left, NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(right, NumberStyles.Number, CultureInfo.InvariantCulture, out var b))
        {
            return a.CompareTo(b);
        }

        if (DateOnly.TryParse(left, CultureInfo.InvariantCulture, out var x) && DateOnly.TryParse(right, CultureInfo.InvariantCulture, out var y))
        {
            return x.CompareTo(y);
        }

        return null;
    }
}
