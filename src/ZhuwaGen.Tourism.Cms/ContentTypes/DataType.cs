using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Cms.ContentTypes;

/// <summary>A configured property editor, as Umbraco's data type: editor alias plus configuration JSON.</summary>
public sealed record DataType(
    Guid Key,
    string Alias,
    string Name,
    string EditorAlias,
    string? EditorUiAlias,
    JObject Config,
    string? Folder = null)
{
    public int? MaxChars => Config.Value<int?>("maxChars");
}
