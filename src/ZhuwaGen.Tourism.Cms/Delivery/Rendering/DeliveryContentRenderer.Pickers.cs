using System.Text.Json;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Media;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>Content, tree, media and URL pickers: picked items as shallow IApiContent, media with crops, ApiLinks.</summary>
public sealed partial class DeliveryContentRenderer
{
    private void WriteContentPicker(
        Utf8JsonWriter writer, RenderContext context, JToken? value, bool expanded, PropertySelection? expand, PropertySelection? fields)
    {
        var key = ParseKey(Text(value), "document");
        if (key is null || context.Snapshot.ByKey(key.Value) is not { } picked
            || !WriteNestedItem(writer, context, picked, expanded, expand, fields))
        {
            writer.WriteNullValue();
        }

        if (key is not null)
        {
            context.Depend(key.Value);
        }
    }

    private void WriteTreePicker(
        Utf8JsonWriter writer, RenderContext context, JToken? value, bool expanded, PropertySelection? expand, PropertySelection? fields)
    {
        writer.WriteStartArray();
        foreach (var udi in Strings(value))
        {
            if (ParseKey(udi, "document") is { } key)
            {
                context.Depend(key);
                if (context.Snapshot.ByKey(key) is { } picked)
                {
                    WriteNestedItem(writer, context, picked, expanded, expand, fields);
                }
            }
            else if (ParseKey(udi, "media") is { } mediaKey)
            {
                context.DependOnMedia(mediaKey);
                if (media.Get(mediaKey) is { } item)
                {
                    WriteMedia(writer, item, null, null, [], expanded, context.Culture);
                }
            }
        }

        writer.WriteEndArray();
    }

    // Crops are the data type's, with the coordinates an editor set on this pick; media the source does not know is skipped
    // but still depended on, so that the item is rendered again when that media appears.
    private void WriteMediaPicker(Utf8JsonWriter writer, RenderContext context, JToken? value, JObject config, bool expanded)
    {
        var configured = (config["crops"] as JArray ?? [])
            .Select(c => new MediaCrop(Text(c["alias"]) ?? string.Empty, c.Value<int?>("width") ?? 0, c.Value<int?>("height") ?? 0, null))
            .ToList();
        writer.WriteStartArray();
        foreach (var pick in value as JArray ?? [])
        {
            if (ParseKey(Text(pick["mediaKey"]), "media") is not { } key)
            {
                continue;
            }

            context.DependOnMedia(key);
            if (media.Get(key) is { } item)
            {
                WriteMedia(writer, item, pick["focalPoint"] as JObject, pick["crops"] as JArray, configured, expanded, context.Culture);
            }
        }

        writer.WriteEndArray();
    }

    private void WriteMedia(
        Utf8JsonWriter writer, PublishedMedia item, JObject? focalPoint, JArray? localCrops, IReadOnlyList<MediaCrop> configured, bool expanded, string culture)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("focalPoint");
        var focal = focalPoint is not null && focalPoint["left"] is not null
            ? new MediaFocalPoint(focalPoint.Value<decimal>("left"), focalPoint.Value<decimal>("top"))
            : item.FocalPoint;
        if (focal is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteNumber("left", focal.Left);
            writer.WriteNumber("top", focal.Top);
            writer.WriteEndObject();
        }

        writer.WritePropertyName("crops");
        writer.WriteStartArray();
        foreach (var crop in configured.Count > 0 ? configured : item.Crops)
        {
            WriteCrop(writer, crop with { Coordinates = LocalCoordinates(localCrops, crop.Alias) ?? crop.Coordinates });
        }

        writer.WriteEndArray();
        writer.WriteString("id", item.Key.ToString("D"));
        writer.WriteString("name", item.Name);
        writer.WriteString("mediaType", item.MediaTypeAlias);
        writer.WriteString("url", item.Url);
        writer.WriteString("extension", item.Extension);
        WriteNullableNumber(writer, "width", item.Width);
        WriteNullableNumber(writer, "height", item.Height);
        WriteNullableNumber(writer, "bytes", item.Bytes);
        writer.WritePropertyName("properties");
        writer.WriteStartObject();
        if (expanded || options.CurrentValue.AlwaysExpandMediaProperties)
        {
            // Media properties vary by culture: the culture read, else the default language (as /media/item does).
            foreach (var (alias, byCulture) in item.AltText)
            {
                writer.WriteString(alias, byCulture.GetValueOrDefault(culture)
                    ?? byCulture.GetValueOrDefault(schemas.Current.DefaultCulture) ?? byCulture.Values.FirstOrDefault());
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteCrop(Utf8JsonWriter writer, MediaCrop crop)
    {
        writer.WriteStartObject();
        writer.WriteString("alias", crop.Alias);
        writer.WriteNumber("width", crop.Width);
        writer.WriteNumber("height", crop.Height);
        writer.WritePropertyName("coordinates");
        if (crop.Coordinates is { } c)
        {
            writer.WriteStartObject();
            writer.WriteNumber("x1", c.X1);
            writer.WriteNumber("y1", c.Y1);
            writer.WriteNumber("x2", c.X2);
            writer.WriteNumber("y2", c.Y2);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }

    private static MediaCropCoordinates? LocalCoordinates(JArray? crops, string alias) =>
        crops?.OfType<JObject>().FirstOrDefault(c => string.Equals(Text(c["alias"]), alias, StringComparison.OrdinalIgnoreCase))?["coordinates"] is JObject c
            ? new MediaCropCoordinates(c.Value<decimal>("x1"), c.Value<decimal>("y1"), c.Value<decimal>("x2"), c.Value<decimal>("y2"))
            : null;

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, long? number)
    {
        if (number is { } value)
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>A key from "umb://{entity}/{32 hex}" or a plain GUID.</summary>
    internal static Guid? ParseKey(string? text, string entity)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var prefix = $"umb://{entity}/";
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return Guid.TryParseExact(text[prefix.Length..], "N", out var udiKey) ? udiKey : null;
        }

        return !text.StartsWith("umb://", StringComparison.OrdinalIgnoreCase) && Guid.TryParse(text, out var key) ? key : null;
    }
}
