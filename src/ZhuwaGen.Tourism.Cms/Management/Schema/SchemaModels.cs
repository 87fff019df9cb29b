using System.Text.Json.Nodes;
using ZhuwaGen.Tourism.Cms.Management.Documents;

namespace ZhuwaGen.Tourism.Cms.Management.Schema;

public sealed record LanguageResponseModel(string IsoCode, string Name, bool IsDefault, bool IsMandatory, string? FallbackIsoCode);

public sealed record DataTypePropertyModel(string Alias, JsonNode? Value);

public sealed record DataTypeResponseModel(Guid Id, string Alias, string Name, string EditorAlias, string? EditorUiAlias, IReadOnlyList<DataTypePropertyModel> Values);

public sealed record DocumentTypePropertyResponseModel(
    Guid Id,
    string Alias,
    string Name,
    string? Description,
    ReferenceByIdModel DataType,
    string EditorAlias,
    bool Mandatory,
    string? ValidationRegex,
    bool VariesByCulture,
    string? Container,
    int SortOrder);

public sealed record DocumentTypeResponseModel(
    Guid Id,
    string Alias,
    string Name,
    string Icon,
    string? Description,
    bool AllowedAsRoot,
    bool IsElement,
    bool VariesByCulture,
    IReadOnlyList<string> Compositions,
    IReadOnlyList<string> AllowedDocumentTypes,
    IReadOnlyList<DocumentTypePropertyResponseModel> Properties);
