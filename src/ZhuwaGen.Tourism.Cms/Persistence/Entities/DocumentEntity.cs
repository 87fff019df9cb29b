namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>A node of the content tree. Names, segments and values live in its versions.</summary>
public sealed class DocumentEntity
{
    public int Id { get; set; }

    public Guid Key { get; set; }

    public int? ParentId { get; set; }

    public required string ContentTypeAlias { get; set; }

    public int SortOrder { get; set; }

    public int Level { get; set; }

    /// <summary>Comma-separated ids from the root to this node (Umbraco's path, without "-1").</summary>
    public required string Path { get; set; }

    public bool Trashed { get; set; }

    public DateTime CreateDate { get; set; }

    public DateTime UpdateDate { get; set; }

    public required string CreatedBy { get; set; }

    public int DraftVersionId { get; set; }

    public int? PublishedVersionId { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every write.</summary>
    public int Revision { get; set; }

    public List<DocumentCultureEntity> Cultures { get; set; } = [];
}
