using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Documents;
using ZhuwaGen.Tourism.Cms.Documents.Validation;

namespace ZhuwaGen.Tourism.Cms.PropertyEditors;

/// <summary>
/// BlockList in Umbraco's stored form: layout entries pointing at contentData (and settingsData) items by UDI.
/// Each block's values are validated against its element type, reported as "alias[n].property" (1-based).
/// </summary>
internal static class BlockListRules
{
    public static void Validate(JToken value, JObject config, EditorValidationContext context)
    {
        if (value is not JObject blockList
            || (blockList["layout"] as JObject)?[JsonValues.BlockListLayoutKey] is not JArray layout
            || blockList["contentData"] is not JArray contentData)
        {
            context.Fail("Send blocks as {\"layout\": {\"Umbraco.BlockList\": [...]}, \"contentData\": [...]}.");
            return;
        }

        var blocks = BlockConfiguration.Read(config);
        var contentByUdi = IndexByUdi(contentData, "content", context);
        var settingsByUdi = IndexByUdi(blockList["settingsData"] as JArray ?? [], "settings", context);

        for (var i = 0; i < layout.Count; i++)
        {
            var label = $"{context.AliasPath}[{i + 1}]";
            var contentUdi = JsonValues.StringAt(layout[i], "contentUdi");
            if (contentUdi is null || !contentByUdi.TryGetValue(contentUdi, out var content))
            {
                context.Errors.Add(new PropertyValidationError(label, context.Culture, $"Block {i + 1} refers to content that is not in contentData."));
                continue;
            }

            var allowed = ValidateContent(content, blocks, label, i, context);

            if (layout[i] is not JObject { } entry || entry["settingsUdi"] is null or { Type: JTokenType.Null })
            {
                continue;
            }

            if (!settingsByUdi.TryGetValue(JsonValues.StringAt(entry, "settingsUdi") ?? string.Empty, out var settings))
            {
                context.Errors.Add(new PropertyValidationError(label, context.Culture, $"Block {i + 1} refers to settings that are not in settingsData."));
            }
            else if (allowed?.SettingsElementTypeKey is { } settingsKey && FindType(context.Schema, settingsKey) is { } settingsType)
            {
                ValidateElement(settingsType, settings, $"{label}.settings", context);
            }
        }

        CheckCount(layout.Count, config, context);
    }

    private static BlockConfiguration? ValidateContent(
        JObject content, IReadOnlyList<BlockConfiguration> blocks, string label, int index, EditorValidationContext context)
    {
        var typeKey = Guid.TryParse(JsonValues.StringAt(content, "contentTypeKey"), out var key) ? key : (Guid?)null;
        var allowed = blocks.FirstOrDefault(b => b.ContentElementTypeKey == typeKey);
        if (allowed is null)
        {
            context.Errors.Add(new PropertyValidationError(label, context.Culture,
                $"Block {index + 1} uses an element type that is not allowed here."));
            return null;
        }

        if (FindType(context.Schema, allowed.ContentElementTypeKey) is { } elementType)
        {
            ValidateElement(elementType, content, label, context);
        }

        return allowed;
    }

    private static void ValidateElement(ContentType elementType, JObject data, string label, EditorValidationContext context)
    {
        foreach (var property in context.Schema.AllProperties(elementType))
        {
            var value = data.GetValue(property.Alias, StringComparison.OrdinalIgnoreCase);
            context.Properties.Validate(context.Schema, property, value, $"{label}.{property.Alias}", context.Culture, context.Errors);
        }
    }

    private static Dictionary<string, JObject> IndexByUdi(JArray items, string kind, EditorValidationContext context)
    {
        var byUdi = new Dictionary<string, JObject>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var udi = JsonValues.StringAt(items[i], "udi");
            if (items[i] is not JObject item || udi is null || !Udis.IsElement(udi))
            {
                context.Fail($"The {kind} data item {i + 1} needs a \"udi\" of the form umb://element/<32 hex digits>.");
            }
            else if (!byUdi.TryAdd(udi, item))
            {
                context.Fail($"The {kind} data item {i + 1} repeats the udi {udi}.");
            }
        }

        return byUdi;
    }

    private static void CheckCount(int count, JObject config, EditorValidationContext context)
    {
        var (min, max) = JsonValues.ConfigLimits(config, "validationLimit");
        if (count > max)
        {
            context.Fail($"Add at most {max} blocks.");
        }
        else if (count < min)
        {
            context.Fail($"Add at least {min} blocks.");
        }
    }

    private static ContentType? FindType(ContentSchema schema, Guid key) =>
        schema.ContentTypes.FirstOrDefault(t => t.Key == key);
}
