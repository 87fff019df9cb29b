namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>One saved or published state of a document; <see cref="Data"/> is the serialized DocumentData.</summary>
public sealed class DocumentVersionEntity
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public DateTime VersionDate { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>True for the versions a publish produced; false for saved drafts.</summary>
    public bool IsPublishedVersion { get; set; }

    /// <summary>Comma-separated cultures this version made or kept public (published versions only).</summary>
    public string? PublishedCultures { get; set; }

    public required string Data { get; set; }
}
