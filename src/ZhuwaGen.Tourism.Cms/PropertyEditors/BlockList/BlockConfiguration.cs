using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>One entry of a block editor's "blocks" configuration: which element types a block may use.</summary>
internal sealed record BlockConfiguration(Guid ContentElementTypeKey, Guid? SettingsElementTypeKey)
{
    public static IReadOnlyList<BlockConfiguration> Read(JObject config)
    {
        var result = new List<BlockConfiguration>();
        foreach (var block in config["blocks"] as JArray ?? [])
        {
            if (Guid.TryParse(JsonValues.StringAt(block, "contentElementTypeKey"), out var content))
            {
                Guid? settings = Guid.TryParse(JsonValues.StringAt(block, "settingsElementTypeKey"), out var key) ? key : null;
                result.Add(new BlockConfiguration(content, settings));
            }
        }

        return result;
    }
}
