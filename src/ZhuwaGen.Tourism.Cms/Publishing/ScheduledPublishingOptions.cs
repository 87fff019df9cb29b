namespace ZhuwaGen.Tourism.Cms.Publishing;

public sealed class ScheduledPublishingOptions
{
    public const string SectionName = "Cms:ScheduledPublishing";

    /// <summary>How often due schedules are run; Umbraco checks about once a minute.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(60);
}
