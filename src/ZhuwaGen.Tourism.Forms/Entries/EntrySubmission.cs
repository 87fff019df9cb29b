namespace ZhuwaGen.Tourism.Forms.Entries;

/// <summary>A posted entry as the contract has it: values by alias, the hosting page, culture and extra data.</summary>
public sealed record EntrySubmission(
    IReadOnlyDictionary<string, string[]> Values,
    Guid? ContentId,
    string Culture,
    IReadOnlyDictionary<string, string> AdditionalData,
    string? IdempotencyKey);

public enum SubmitStatus
{
    Accepted,
    Invalid,
    FormNotFound,

    /// <summary>Lost the race for inventory more times than it retries; nothing was written.</summary>
    Busy,
}

public sealed record SubmitOutcome(SubmitStatus Status, IReadOnlyDictionary<string, string[]> Errors, Guid? EntryId = null, string? BookingReference = null)
{
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();
}
