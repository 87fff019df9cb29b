using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Media;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// Content and media type keys and aliases for the webhooks' type filter: content types come from the schema, media
/// types are Umbraco's built-in ones, whose keys are the same in every Umbraco install.
/// </summary>
internal sealed class WebhookContentTypes(ContentSchema schema)
{
    private static readonly Dictionary<string, Guid> MediaTypeKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        [MediaTypes.Folder] = Guid.Parse("f38bd2d7-65d0-48e6-95dc-87ce06ec2d3d"),
        [MediaTypes.Image] = Guid.Parse("cc07b313-0843-4aa8-bbda-871c8da728c8"),
        ["File"] = Guid.Parse("4c52d8ab-54e6-40cd-999c-7a5f24903e4d"),
    };

    public Guid? KeyOf(string? alias) =>
        alias is null ? null
        : schema.FindContentType(alias)?.Key ?? (MediaTypeKeys.TryGetValue(alias, out var key) ? key : null);

    public string? AliasOf(Guid key) =>
        schema.ContentTypes.FirstOrDefault(t => t.Key == key)?.Alias
        ?? MediaTypeKeys.FirstOrDefault(m => m.Value == key).Key;
}
