namespace ZhuwaGen.Tourism.Forms.Definitions;

public enum FormOperationStatus
{
    Success,
    NotFound,

    /// <summary>The definition breaks a rule; the errors say where.</summary>
    Invalid,

    /// <summary>A form with this id exists already.</summary>
    DuplicateKey,

    /// <summary>The edit named a revision that is no longer the stored one: someone else saved in between.</summary>
    ConcurrencyConflict,

    /// <summary>Entries or documents still use the form.</summary>
    InUse,
}

public sealed record FormOperationResult(
    FormOperationStatus Status, StoredForm? Stored = null, IReadOnlyList<FormRuleError>? Errors = null, FormUsers? Users = null)
{
    public bool Succeeded => Status == FormOperationStatus.Success;
}
