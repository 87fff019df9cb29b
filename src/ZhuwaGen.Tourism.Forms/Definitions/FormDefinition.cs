namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>A form as declared in umbraco.config's &lt;Forms&gt; section.</summary>
public sealed record FormDefinition(
    Guid Id,
    string Name,
    LocalizedText MessageOnSubmit,
    Guid? GotoPageOnSubmit,
    LocalizedText SubmitLabel,
    LocalizedText NextLabel,
    LocalizedText PreviousLabel,
    IReadOnlyList<FormPage> Pages,
    IReadOnlyList<WorkflowDefinition> Workflows)
{
    public IEnumerable<FormField> Fields =>
        Pages.SelectMany(p => p.Fieldsets).SelectMany(f => f.Columns).SelectMany(c => c.Fields);

    public FormField? FieldByAlias(string alias) =>
        Fields.FirstOrDefault(f => string.Equals(f.Alias, alias, StringComparison.OrdinalIgnoreCase));

    public FormField? FieldById(Guid id) => Fields.FirstOrDefault(f => f.Id == id);

    /// <summary>A booking form is one with a reserve-inventory workflow.</summary>
    public bool IsBookingForm => Workflows.Any(w => w.Kind == WorkflowKind.ReserveInventory);
}

public sealed record FormPage(Guid Id, LocalizedText Caption, IReadOnlyList<FormFieldset> Fieldsets);

public sealed record FormFieldset(Guid Id, LocalizedText Caption, IReadOnlyList<FormColumn> Columns);

public sealed record FormColumn(LocalizedText Caption, int Width, IReadOnlyList<FormField> Fields);

public sealed record FormField(
    Guid Id,
    string Alias,
    FieldType Type,
    LocalizedText Caption,
    LocalizedText HelpText,
    LocalizedText Placeholder,
    bool Required,
    LocalizedText RequiredErrorMessage,
    string? Pattern,
    LocalizedText PatternInvalidErrorMessage,
    decimal? Min,
    decimal? Max,
    bool ContainsSensitiveData,
    IReadOnlyList<PreValue> PreValues,
    FieldCondition? Condition);

public sealed record PreValue(string Value, LocalizedText Caption);

public sealed record FieldCondition(ConditionAction ActionType, ConditionLogic LogicType, IReadOnlyList<ConditionRule> Rules);

public sealed record ConditionRule(Guid Field, ConditionOperator Operator, string Value);

public enum ConditionAction
{
    Show,
    Hide,
}

public enum ConditionLogic
{
    All,
    Any,
}

/// <summary>Umbraco Forms' operator names (including its spelling "GreaterThen").</summary>
public enum ConditionOperator
{
    Is,
    IsNot,
    GreaterThen,
    LessThen,
    Contains,
    StartsWith,
    EndsWith,
}
