using System.Text.Json;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>Content, tree, media and URL pickers: picked items as shallow IApiContent, media with crops, ApiLinks.</summary>
public sealed partial class DeliveryContentRenderer
{
    private void WriteContentPicker(
        Utf8JsonWriter writer, RenderContext context, PickedKey picked, bool expanded, PropertySelection? expand, PropertySelection? fields)
    {
        if (context.Snapshot.ByKey(picked.Key) is not { } document || !WriteNestedItem(writer, context, document, expanded, expand, fields))
        {
            writer.WriteNullValue();
        }

        context.Depend(picked.Key);
    }

    private void WriteTreePicker(
        Utf8JsonWriter writer, RenderContext context, IReadOnlyList<PickedKey> picks, bool expanded, PropertySelection? expand, PropertySelection? fields)
    {
        writer.WriteStartArray();
        foreach (var picked in picks)
        {
            if (picked.Entity == PickedEntity.Document)
            {
                context.Depend(picked.Key);
                if (context.Snapshot.ByKey(picked.Key) is { } document)
                {
                    WriteNestedItem(writer, context, document, expanded, expand, fields);
                }
            }
            else
            {
                context.DependOnMedia(picked.Key);
                if (media.Get(picked.Key) is { } item)
                {
                    WriteMedia(writer, item, null, null, [], expanded, context.Culture);
                }
            }
        }

        writer.WriteEndArray();
    }

    // Crops are the data type's, with the coordinates an editor set on this pick; media the source does not know is skipped
    // but still depended on, so that the item is rendered again when that media appears.
    private void WriteMediaPicker(Utf8JsonWriter writer, RenderContext context, MediaPicks picks, bool expanded)
    {
        writer.WriteStartArray();
        foreach (var pick in picks.Items)
        {
            context.DependOnMedia(pick.MediaKey);
            if (media.Get(pick.MediaKey) is { } item)
            {
                WriteMedia(writer, item, pick.FocalPoint, pick.LocalCrops, picks.ConfiguredCrops, expanded, context.Culture);
            }
        }

        writer.WriteEndArray();
    }

    private void WriteMedia(
        Utf8JsonWriter writer, PublishedMedia item, MediaFocalPoint? focalPoint, IReadOnlyDictionary<string, MediaCropCoordinates>? localCrops,
        IReadOnlyList<MediaCrop> configured, bool expanded, string culture)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("focalPoint");
        var focal = focalPoint ?? item.FocalPoint;
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
            WriteCrop(writer, crop with { Coordinates = localCrops?.GetValueOrDefault(crop.Alias) ?? crop.Coordinates });
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
            // The location an editor kept stays in the back-office: the Delivery API never publishes where a photo was taken.
            foreach (var (alias, byCulture) in item.AltText.Where(p => p.Key != MediaPropertiesJson.Location))
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
    internal static Guid? ParseKey(string? text, string entity) => StoredValues.ParseKey(text, entity);
}
