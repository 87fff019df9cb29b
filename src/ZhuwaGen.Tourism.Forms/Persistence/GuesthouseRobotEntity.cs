using ZhuwaGen.Tourism.Forms.Definitions;

namespace ZhuwaGen.Tourism.Forms.Persistence;

/// <summary>
/// A guesthouse's own group-chat robot, set by its managers in the inbox (never a page property, which the Delivery API
/// would publish): a robot workflow whose url is <c>[#guesthouseRobot]</c> sends there.
/// </summary>
public sealed class GuesthouseRobotEntity
{
    /// <summary>The guesthouse document; one robot each.</summary>
    public Guid ContentId { get; set; }

    /// <summary>WeComRobot, DingTalkRobot or FeishuRobot: which message format the robot reads.</summary>
    public WorkflowKind Kind { get; set; }

    /// <summary>The robot's webhook address, a secret of the group (it carries the robot's key).</summary>
    public string Url { get; set; } = string.Empty;

    public Guid? UpdatedByKey { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTime UpdatedUtc { get; set; }
}
