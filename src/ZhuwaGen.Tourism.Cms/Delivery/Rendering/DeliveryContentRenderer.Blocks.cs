using System.Text.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>
/// Block lists, from Umbraco's stored form (layout → contentData/settingsData by UDI) to
/// <c>{items: [{content, settings}]}</c> with IApiElement blocks. Pickers inside blocks stay shallow unless the
/// block property's nested clause expands them.
/// </summary>
public sealed partial class DeliveryContentRenderer
{
    private void WriteBlockList(Utf8JsonWriter writer, RenderContext context, JToken? value, PropertySelection? expand, PropertySelection? fields)
    {
        var layout = (value?["layout"] as JObject)?[PropertyEditorAliases.BlockList] as JArray ?? [];
        var content = ByUdi(value?["contentData"] as JArray);
        var settings = ByUdi(value?["settingsData"] as JArray);
        writer.WriteStartObject();
        writer.WritePropertyName("items");
        writer.WriteStartArray();
        foreach (var entry in layout)
        {
            if (Text(entry["contentUdi"]) is not { } contentUdi || !content.TryGetValue(contentUdi, out var element))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WritePropertyName("content");
            WriteElement(writer, context, element, expand, fields);
            writer.WritePropertyName("settings");
            if (Text(entry["settingsUdi"]) is { } settingsUdi && settings.TryGetValue(settingsUdi, out var settingsElement))
            {
                WriteElement(writer, context, settingsElement, expand, fields);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteElement(Utf8JsonWriter writer, RenderContext context, JObject element, PropertySelection? expand, PropertySelection? fields)
    {
        var typeKey = Guid.TryParse(Text(element["contentTypeKey"]), out var key) ? key : Guid.Empty;
        var type = context.Schema.ContentTypes.FirstOrDefault(t => t.Key == typeKey);
        writer.WriteStartObject();
        writer.WriteString("contentType", type?.Alias);
        writer.WriteString("id", ParseKey(Text(element["udi"]), "element")?.ToString("D"));
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        foreach (var property in type is null ? [] : context.Schema.AllProperties(type))
        {
            if (fields is null || fields.Includes(property.Alias))
            {
                writer.WritePropertyName(property.Alias);
                WriteValue(writer, context, property, element.GetValue(property.Alias, StringComparison.OrdinalIgnoreCase), expand, fields?.Nested(property.Alias));
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static Dictionary<string, JObject> ByUdi(JArray? items)
    {
        var byUdi = new Dictionary<string, JObject>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items?.OfType<JObject>() ?? [])
        {
            if (Text(item["udi"]) is { } udi)
            {
                byUdi.TryAdd(udi, item);
            }
        }

        return byUdi;
    }
}
