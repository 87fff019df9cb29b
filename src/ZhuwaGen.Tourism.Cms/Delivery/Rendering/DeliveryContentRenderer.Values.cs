using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>
/// Property values (contract §1.6): each stored value goes through its editor's converter
/// (<see cref="PropertyEditorRegistry"/>) and the typed value is written; plain values here, pickers and blocks in
/// their own parts.
/// </summary>
public sealed partial class DeliveryContentRenderer
{
    internal void WriteValue(
        Utf8JsonWriter writer, RenderContext context, PropertyType property, JToken? value, PropertySelection? expand, PropertySelection? nestedFields)
    {
        var expanded = expand?.Includes(property.Alias) ?? false;
        var nestedExpand = expanded ? expand!.Nested(property.Alias) : null;
        var converted = PropertyEditorRegistry.Default.Find(property.EditorAlias)
            .Convert(value, new PropertyConversion(context.Schema, ConfigOf(context, property)));
        switch (converted)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long whole:
                writer.WriteNumberValue(whole);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateTimeOffset date:
                writer.WriteStringValue(date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                break;
            case DateOnly day:
                writer.WriteStringValue(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case HtmlMarkup html:
                writer.WriteStringValue(html.Html);
                break;
            case RichTextMarkup rich:
                WriteRichText(writer, rich);
                break;
            case IReadOnlyList<string> strings:
                WriteStrings(writer, strings);
                break;
            case PickedKey picked:
                WriteContentPicker(writer, context, picked, expanded, nestedExpand, nestedFields);
                break;
            case IReadOnlyList<PickedKey> picks:
                WriteTreePicker(writer, context, picks, expanded, nestedExpand, nestedFields);
                break;
            case MediaPicks media:
                WriteMediaPicker(writer, context, media, expanded);
                break;
            case IReadOnlyList<LinkPick> links:
                WriteLinks(writer, context, links);
                break;
            case PickedForm form:
                WriteFormPicker(writer, context, form, expanded);
                break;
            case BlockListModel blocks:
                WriteBlockList(writer, context, blocks, nestedExpand, nestedFields);
                break;
            default:
                // A converter's value this writer has no shape for: its text, rather than an error in a public API.
                writer.WriteStringValue(System.Convert.ToString(converted, CultureInfo.InvariantCulture));
                break;
        }
    }

    internal static string? Text(JToken? value) => StoredValues.Text(value);

    private static void WriteStrings(Utf8JsonWriter writer, IReadOnlyList<string> values)
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    // Umbraco's default rich text output: {markup, blocks}. Stored markup went through the editor's sanitizer.
    private static void WriteRichText(Utf8JsonWriter writer, RichTextMarkup rich)
    {
        writer.WriteStartObject();
        writer.WriteString("markup", rich.Markup);
        writer.WritePropertyName("blocks");
        writer.WriteStartArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
