using ZhuwaGen.Tourism.Cms.Documents;

namespace ZhuwaGen.Tourism.Cms.Publishing;

/// <summary>A publish or unpublish outcome; <see cref="Errors"/> lists what made the content invalid.</summary>
public sealed record PublishResult(
    ContentPublishingOperationStatus Status,
    IReadOnlyList<PropertyValidationError>? Errors = null,
    IReadOnlyList<string>? MissingCultures = null)
{
    public bool Succeeded => Status == ContentPublishingOperationStatus.Success;

    public static PublishResult Ok { get; } = new(ContentPublishingOperationStatus.Success);
}

/// <summary>Publishing a branch: one outcome per item, in tree order.</summary>
public sealed record BranchPublishResult(IReadOnlyList<(Guid Key, PublishResult Result)> Items)
{
    public bool Succeeded => Items.All(i => i.Result.Succeeded);
}
