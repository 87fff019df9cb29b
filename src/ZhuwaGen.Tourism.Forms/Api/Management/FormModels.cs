namespace ZhuwaGen.Tourism.Forms.Api.Management;

/// <summary>
/// A whole form definition in the Management API (this project's JSON, every culture at once): the request body of
/// create and replace, and the answer of get. Texts are objects of culture → text. Types and enums are their names as
/// in umbraco.config (<c>shortAnswer</c>, <c>OnApprove</c>, <c>SendEmail</c>…). A missing id is made on the server.
/// <see cref="Revision"/> is what an edit started from (answered, and sent back with a replace).
/// </summary>
public sealed record FormModel(
    Guid? Id,
    string? Name,
    int? Revision,
    bool IsBookingForm,
    Dictionary<string, string>? MessageOnSubmit,
    Guid? GotoPageOnSubmit,
    Dictionary<string, string>? SubmitLabel,
    Dictionary<string, string>? NextLabel,
    Dictionary<string, string>? PreviousLabel,
    List<FormPageModel>? Pages,
    List<WorkflowModel>? Workflows);

public sealed record FormPageModel(Guid? Id, Dictionary<string, string>? Caption, List<FormFieldsetModel>? Fieldsets);

public sealed record FormFieldsetModel(Guid? Id, Dictionary<string, string>? Caption, List<FormColumnModel>? Columns);

public sealed record FormColumnModel(Dictionary<string, string>? Caption, int? Width, List<FormFieldModel>? Fields);

public sealed record FormFieldModel(
    Guid? Id,
    string? Alias,
    string? Type,
    Dictionary<string, string>? Caption,
    Dictionary<string, string>? HelpText,
    Dictionary<string, string>? Placeholder,
    bool Required,
    Dictionary<string, string>? RequiredErrorMessage,
    string? Pattern,
    Dictionary<string, string>? PatternInvalidErrorMessage,
    decimal? Min,
    decimal? Max,
    bool ContainsSensitiveData,
    List<PreValueModel>? PreValues,
    ConditionModel? Condition);

public sealed record PreValueModel(string? Value, Dictionary<string, string>? Caption);

public sealed record ConditionModel(string? ActionType, string? LogicType, List<ConditionRuleModel>? Rules);

public sealed record ConditionRuleModel(Guid? Field, string? Operator, string? Value);

public sealed record WorkflowModel(Guid? Id, string? Name, string? Stage, string? Kind, Dictionary<string, string>? Settings);
