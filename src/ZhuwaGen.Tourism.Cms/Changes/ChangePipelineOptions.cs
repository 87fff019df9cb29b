namespace ZhuwaGen.Tourism.Cms.Changes;

public sealed class ChangePipelineOptions
{
    public const string SectionName = "Cms:Changes";

    /// <summary>How often the log is read when nothing signals a change (another instance's writes, due retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first retry delay of a failing consumer; doubled on each failure up to <see cref="RetryMax"/>.</summary>
    public TimeSpan RetryBase { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMax { get; set; } = TimeSpan.FromMinutes(5);

    public int BatchSize { get; set; } = 200;

    /// <summary>Entries older than this that every durable consumer has read are deleted.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(7);
}
