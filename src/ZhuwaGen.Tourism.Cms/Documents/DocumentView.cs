namespace ZhuwaGen.Tourism.Cms.Documents;

/// <summary>A document as an editor sees it: the draft, and per culture its publish state and schedule.</summary>
public sealed record DocumentView(
    Guid Key,
    Guid? ParentKey,
    string ContentTypeAlias,
    int SortOrder,
    int Level,
    bool Trashed,
    DateTime CreateDate,
    DateTime UpdateDate,
    int Revision,
    int DraftVersionId,
    int? PublishedVersionId,
    DocumentData Draft,
    IReadOnlyList<DocumentCultureState> Cultures);

public sealed record DocumentCultureState(
    string Culture,
    string Name,
    string UrlSegment,
    bool IsPublished,
    bool Edited,
    DateTime? PublishDate,
    DateTime? ScheduledPublishDate,
    DateTime? ScheduledUnpublishDate);

/// <summary>One entry of a document's version history.</summary>
public sealed record DocumentVersionView(
    int Id,
    DateTime VersionDate,
    string CreatedBy,
    bool IsPublishedVersion,
    IReadOnlyList<string> PublishedCultures,
    bool IsCurrentDraft,
    bool IsCurrentPublished);
