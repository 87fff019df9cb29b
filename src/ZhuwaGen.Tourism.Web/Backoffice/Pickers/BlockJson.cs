using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Web.Backoffice.Pickers;

/// <summary>Umbraco's stored block list: <c>{layout: {"Umbraco.BlockList": [{contentUdi}]}, contentData: [{udi, contentTypeKey, …values}]}</c>.</summary>
public static class BlockJson
{
    public const string LayoutKey = PropertyEditorAliases.BlockList;

    public static JObject Empty() => new()
    {
        ["layout"] = new JObject { [LayoutKey] = new JArray() },
        ["contentData"] = new JArray(),
        ["settingsData"] = new JArray(),
    };

    public static JArray Layout(JObject blocks)
    {
        if (blocks["layout"] is not JObject layout)
        {
            blocks["layout"] = layout = new JObject();
        }

        if (layout[LayoutKey] is not JArray entries)
        {
            layout[LayoutKey] = entries = [];
        }

        return entries;
    }

    public static JArray ContentData(JObject blocks)
    {
        if (blocks["contentData"] is not JArray data)
        {
            blocks["contentData"] = data = [];
        }

        return data;
    }

    /// <summary>The content element a layout entry points at.</summary>
    public static JObject? Content(JObject blocks, JToken entry) =>
        entry["contentUdi"]?.ToString() is { Length: > 0 } udi
            ? ContentData(blocks).OfType<JObject>().FirstOrDefault(c => string.Equals(c["udi"]?.ToString(), udi, StringComparison.OrdinalIgnoreCase))
            : null;

    public static ContentType? TypeOf(ContentSchema schema, JObject content) =>
        Guid.TryParse(content["contentTypeKey"]?.ToString(), out var key) ? schema.ContentTypes.FirstOrDefault(t => t.Key == key) : null;

    /// <summary>A new, empty block of an element type, at the end.</summary>
    public static void Append(JObject blocks, Guid elementTypeKey)
    {
        var udi = "umb://element/" + Guid.NewGuid().ToString("N");
        ContentData(blocks).Add(new JObject { ["contentTypeKey"] = elementTypeKey.ToString("D"), ["udi"] = udi });
        Layout(blocks).Add(new JObject { ["contentUdi"] = udi });
    }

    /// <summary>Removes the block at a layout position with its content and settings elements.</summary>
    public static void RemoveAt(JObject blocks, int index)
    {
        var layout = Layout(blocks);
        var entry = layout[index];
        foreach (var (key, dataKey) in new[] { ("contentUdi", "contentData"), ("settingsUdi", "settingsData") })
        {
            if (entry[key]?.ToString() is { Length: > 0 } udi && blocks[dataKey] is JArray data)
            {
                foreach (var element in data.OfType<JObject>().Where(e => string.Equals(e["udi"]?.ToString(), udi, StringComparison.OrdinalIgnoreCase)).ToList())
                {
                    element.Remove();
                }
            }
        }

        layout.RemoveAt(index);
    }
}
