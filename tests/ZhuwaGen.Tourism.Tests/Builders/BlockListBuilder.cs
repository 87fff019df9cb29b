using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Tests.Builders;

/// <summary>Block list values and configuration in Umbraco's stored form (layout + contentData + settingsData).</summary>
public sealed class BlockListBuilder
{
    private readonly JArray _layout = [];
    private readonly JArray _contentData = [];
    private readonly JArray _settingsData = [];

    /// <summary>Data type configuration allowing the given element types, with Umbraco's validationLimit (0 = no limit).</summary>
    public static JObject Config(int min = 0, int max = 0, params string[] elementTypeAliases) => new()
    {
        ["blocks"] = new JArray(elementTypeAliases.Select(a =>
            new JObject { ["contentElementTypeKey"] = TestKeys.ContentType(a).ToString() })),
        ["validationLimit"] = new JObject { ["min"] = min, ["max"] = max },
    };

    public static string NewElementUdi() => "umb://element/" + Guid.NewGuid().ToString("N");

    /// <summary>Adds a block of the element type with the given property values (and optional settings).</summary>
    public BlockListBuilder Add(string elementTypeAlias, JObject values, string? settingsTypeAlias = null, JObject? settings = null)
    {
        var content = new JObject { ["contentTypeKey"] = TestKeys.ContentType(elementTypeAlias).ToString(), ["udi"] = NewElementUdi() };
        content.Merge(values);
        _contentData.Add(content);
        var layoutEntry = new JObject { ["contentUdi"] = content["udi"] };

        if (settingsTypeAlias is not null)
        {
            var settingsItem = new JObject { ["contentTypeKey"] = TestKeys.ContentType(settingsTypeAlias).ToString(), ["udi"] = NewElementUdi() };
            settingsItem.Merge(settings ?? []);
            _settingsData.Add(settingsItem);
            layoutEntry["settingsUdi"] = settingsItem["udi"];
        }

        _layout.Add(layoutEntry);
        return this;
    }

    public JObject Build() => new()
    {
        ["layout"] = new JObject { ["Umbraco.BlockList"] = _layout.DeepClone() },
        ["contentData"] = _contentData.DeepClone(),
        ["settingsData"] = _settingsData.DeepClone(),
    };
}
