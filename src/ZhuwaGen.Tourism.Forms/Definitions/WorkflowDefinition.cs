namespace ZhuwaGen.Tourism.Forms.Definitions;

/// <summary>
/// A workflow attached to a form and run at one stage. Settings are per kind: SendEmail (to, subject, message),
/// PostToUrl (url), WeComRobot/DingTalkRobot/FeishuRobot (url, message, format), ReserveInventory (none; it reads the booking
/// fields and the hosting page). Messages may use [#alias] for a field's value and [#bookingReference].
/// </summary>
public sealed record WorkflowDefinition(
    Guid Id,
    string Name,
    WorkflowStage Stage,
    WorkflowKind Kind,
    IReadOnlyDictionary<string, string> Settings)
{
    public string Setting(string key) => Settings.TryGetValue(key, out var value) ? value : string.Empty;
}

public enum WorkflowStage
{
    OnSubmit,
    OnApprove,
    OnReject,
}

public enum WorkflowKind
{
    SendEmail,
    PostToUrl,
    WeComRobot,
    DingTalkRobot,
    FeishuRobot,
    ReserveInventory,
}
