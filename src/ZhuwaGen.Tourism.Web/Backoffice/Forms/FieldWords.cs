using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Web.Backoffice.Forms;

/// <summary>A field as the screens name it: its caption in a language (falling back to Chinese), and its condition in words.</summary>
public static class FieldWords
{
    public static string Caption(FormField field, string culture, string defaultCulture) =>
        field.Caption.Get(culture, defaultCulture) is { Length: > 0 } caption ? caption : field.Alias;

    /// <summary>"Shown when Topic is Group trip"; a condition the simple editor cannot say is counted instead.</summary>
    public static string? Condition(FormField field, FormDefinition form, FormsText text, string culture, string defaultCulture)
    {
        if (field.Condition is not { } condition)
        {
            return null;
        }

        if (SimpleCondition.Of(condition) is not { } simple)
        {
            return text.Format("ComplexCondition", condition.Rules.Count);
        }

        var other = form.FieldById(simple.Field);
        var value = other?.PreValues.FirstOrDefault(p => p.Value == simple.Value) is { } choice && choice.Caption.Get(culture, defaultCulture) is { Length: > 0 } label
            ? label
            : simple.Value;
        return text.Format(simple.Action == ConditionAction.Show ? "ShownWhen" : "HiddenWhen",
            other is null ? simple.Field.ToString("D") : Caption(other, culture, defaultCulture), value);
    }
}

/// <summary>The condition this screen edits: show or hide the field when one other field is one value.</summary>
public sealed record SimpleCondition(ConditionAction Action, Guid Field, string Value)
{
    public static SimpleCondition? Of(FieldCondition? condition) =>
        condition is { Rules: [{ Operator: ConditionOperator.Is } rule] } ? new SimpleCondition(condition.ActionType, rule.Field, rule.Value) : null;

    public FieldCondition ToCondition() => new(Action, ConditionLogic.All, [new ConditionRule(Field, ConditionOperator.Is, Value)]);
}
