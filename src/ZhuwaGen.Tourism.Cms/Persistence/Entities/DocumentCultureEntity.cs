namespace ZhuwaGen.Tourism.Cms.Persistence.Entities;

/// <summary>Per-culture state of a document: draft name and segment, publish state, schedule.</summary>
public sealed class DocumentCultureEntity
{
    public int DocumentId { get; set; }

    public required string Culture { get; set; }

    public required string Name { get; set; }

    public required string UrlSegment { get; set; }

    public bool IsPublished { get; set; }

    public DateTime? PublishDate { get; set; }

    /// <summary>The draft differs from what is published in this culture.</summary>
    public bool Edited { get; set; }

    public DateTime? ScheduledPublishDate { get; set; }

    public DateTime? ScheduledUnpublishDate { get; set; }
}
