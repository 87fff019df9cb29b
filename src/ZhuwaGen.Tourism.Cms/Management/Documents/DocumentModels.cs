using System.Text.Json;
using System.Text.Json.Nodes;

namespace ZhuwaGen.Tourism.Cms.Management.Documents;

// Request and response shapes after Umbraco's Management API models (camelCase JSON).

public sealed record ReferenceByIdModel(Guid Id);

public sealed record DocumentValueModel(string Alias, string? Culture, string? Segment, JsonElement? Value);

/// <summary>A variant's name; <see cref="Culture"/> is null for a document type that does not vary by culture.</summary>
public sealed record DocumentVariantRequestModel(string? Culture, string? Segment, string Name);

public sealed record CreateDocumentRequestModel(
    Guid? Id,
    ReferenceByIdModel? Parent,
    ReferenceByIdModel DocumentType,
    IReadOnlyList<DocumentValueModel>? Values,
    IReadOnlyList<DocumentVariantRequestModel>? Variants);

/// <summary>A draft save. <see cref="Revision"/> (ours) makes the save fail with 409 if someone saved in between.</summary>
public sealed record UpdateDocumentRequestModel(
    IReadOnlyList<DocumentValueModel>? Values,
    IReadOnlyList<DocumentVariantRequestModel>? Variants,
    int? Revision = null);

public sealed record DocumentTypeReferenceModel(Guid? Id, string Alias, string? Icon);

public sealed record DocumentValueResponseModel(string Alias, string? Culture, string? Segment, JsonNode? Value, string? EditorAlias);

/// <summary>State is Umbraco's: NotCreated, Draft, Published or PublishedPendingChanges.</summary>
public sealed record DocumentVariantResponseModel(
    string? Culture,
    string? Segment,
    string Name,
    string State,
    string UrlSegment,
    DateTime CreateDate,
    DateTime UpdateDate,
    DateTime? PublishDate,
    DateTime? ScheduledPublishDate,
    DateTime? ScheduledUnpublishDate);

public sealed record DocumentResponseModel(
    Guid Id,
    ReferenceByIdModel? Parent,
    DocumentTypeReferenceModel DocumentType,
    bool IsTrashed,
    int SortOrder,
    int Revision,
    IReadOnlyList<DocumentValueResponseModel> Values,
    IReadOnlyList<DocumentVariantResponseModel> Variants);

public sealed record DocumentTreeVariantModel(string? Culture, string Name, string State);

public sealed record DocumentTreeItemResponseModel(
    Guid Id,
    ReferenceByIdModel? Parent,
    bool HasChildren,
    bool IsTrashed,
    int SortOrder,
    DocumentTypeReferenceModel DocumentType,
    IReadOnlyList<DocumentTreeVariantModel> Variants);

public sealed record PagedResponse<T>(int Total, IReadOnlyList<T> Items);

public sealed record PublishScheduleModel(DateTimeOffset? PublishTime, DateTimeOffset? UnpublishTime);

/// <summary>One culture to publish now (no schedule) or to schedule; a null culture means every culture.</summary>
public sealed record CultureAndScheduleModel(string? Culture, PublishScheduleModel? Schedule);

public sealed record PublishDocumentRequestModel(IReadOnlyList<CultureAndScheduleModel>? PublishSchedules);

public sealed record PublishDocumentWithDescendantsRequestModel(IReadOnlyList<string>? Cultures, bool IncludeUnpublishedDescendants);

public sealed record PublishedItemResultModel(Guid Id, string Status);

public sealed record UnpublishDocumentRequestModel(IReadOnlyList<string>? Cultures);

public sealed record MoveDocumentRequestModel(ReferenceByIdModel? Target);

public sealed record CopyDocumentRequestModel(ReferenceByIdModel? Target, bool IncludeDescendants);

public sealed record SortingItemModel(Guid Id, int SortOrder);

public sealed record SortingRequestModel(ReferenceByIdModel? Parent, IReadOnlyList<SortingItemModel>? Sorting);

public sealed record DocumentVersionItemResponseModel(
    int Id,
    ReferenceByIdModel Document,
    DateTime VersionDate,
    string User,
    bool IsCurrentDraftVersion,
    bool IsCurrentPublishedVersion,
    IReadOnlyList<string> PublishedCultures);
