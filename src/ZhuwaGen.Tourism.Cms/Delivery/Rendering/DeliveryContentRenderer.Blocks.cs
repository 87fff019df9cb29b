using System.Text.Json;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>
/// Block lists, from Umbraco's stored form (layout → contentData/settingsData by UDI) to
/// <c>{items: [{content, settings}]}</c> with IApiElement blocks. Pickers inside blocks stay shallow unless the
/// block property's nested clause expands them.
/// </summary>
public sealed partial class DeliveryContentRenderer
{
    private void WriteBlockList(Utf8JsonWriter writer, RenderContext context, BlockListModel blocks, PropertySelection? expand, PropertySelection? fields)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("items");
        writer.WriteStartArray();
        foreach (var block in blocks.Items)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("content");
            WriteElement(writer, context, block.Content, expand, fields);
            writer.WritePropertyName("settings");
            if (block.Settings is { } settings)
            {
                WriteElement(writer, context, settings, expand, fields);
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

    private void WriteElement(Utf8JsonWriter writer, RenderContext context, BlockElementData element, PropertySelection? expand, PropertySelection? fields)
    {
        var type = element.ContentType;
        writer.WriteStartObject();
        writer.WriteString("contentType", type?.Alias);
        writer.WriteString("id", element.Key?.ToString("D"));
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        foreach (var property in type is null ? [] : context.Schema.AllProperties(type))
        {
            if (fields is null || fields.Includes(property.Alias))
            {
                writer.WritePropertyName(property.Alias);
                WriteValue(writer, context, property, element.Value(property.Alias), expand, fields?.Nested(property.Alias));
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
