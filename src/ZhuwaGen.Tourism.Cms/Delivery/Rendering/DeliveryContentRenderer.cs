using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using ZhuwaGen.Tourism.Cms.Media;
using ZhuwaGen.Tourism.Cms.PropertyEditors;
using ZhuwaGen.Tourism.Cms.Publishing;
using ZhuwaGen.Tourism.Cms.Schema;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>A rendered item or list: its UTF-8 JSON and the items it depended on.</summary>
public sealed record RenderedJson(ReadOnlyMemory<byte> Utf8, IReadOnlySet<Guid> Dependencies);

/// <summary>
/// Writes Delivery API content (IApiContentResponse, IApiContent, IApiElement) with Utf8JsonWriter, so member order
/// is Umbraco's: contentType, name, createDate, updateDate, route, id, properties, cultures. Values per editor are in
/// the other parts of this class.
/// </summary>
public sealed partial class DeliveryContentRenderer(
    IPublishedMediaSource media, IOptionsMonitor<DeliveryApiOptions> options, SchemaRegistry schemas, IFormCatalog forms)
{
    // CJK text stays readable and short (UTF-8, not \u escapes); HTML-significant characters are still escaped.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>One item as the item endpoints return it, or null when it is hidden or has no route in the culture.</summary>
    public RenderedJson? RenderItem(
        PublishedSnapshot snapshot, PublishedDocument document, string culture, PropertySelection? expand, PropertySelection? fields, Guid? previewKey = null)
    {
        var rendered = RenderItemOrDependencies(snapshot, document, culture, expand, fields, previewKey);
        return rendered.Utf8.IsEmpty ? null : rendered;
    }

    /// <summary>As <see cref="RenderItem"/>, but an item that is not shown still says what it depended on (empty JSON).</summary>
    internal RenderedJson RenderItemOrDependencies(
        PublishedSnapshot snapshot, PublishedDocument document, string culture, PropertySelection? expand, PropertySelection? fields, Guid? previewKey = null)
    {
        var context = NewContext(snapshot, culture, previewKey);
        return Render(context, writer => WriteItem(writer, context, document, expand, fields, withCultures: true));
    }

    /// <summary>Several items as a JSON array; hidden or unroutable ones are left out.</summary>
    public RenderedJson RenderItems(
        PublishedSnapshot snapshot, IEnumerable<PublishedDocument> documents, string culture, PropertySelection? expand, PropertySelection? fields)
    {
        var context = NewContext(snapshot, culture, null);
        return Render(context, writer =>
        {
            writer.WriteStartArray();
            foreach (var document in documents)
            {
                WriteItem(writer, context, document, expand, fields, withCultures: true);
            }

            writer.WriteEndArray();
            return true;
        });
    }

    internal RenderContext NewContext(PublishedSnapshot snapshot, string culture, Guid? previewKey) =>
        new(snapshot, schemas.Current, culture, new HashSet<string>(options.CurrentValue.DisallowedContentTypeAliases, StringComparer.OrdinalIgnoreCase), previewKey);

    private static RenderedJson Render(RenderContext context, Func<Utf8JsonWriter, bool> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (!write(writer))
            {
                return new RenderedJson(ReadOnlyMemory<byte>.Empty, context.Dependencies);
            }
        }

        return new RenderedJson(buffer.WrittenSpan.ToArray(), context.Dependencies);
    }

    /// <summary>Writes the item; false (and nothing written) when it is hidden or has no route.</summary>
    internal bool WriteItem(
        Utf8JsonWriter writer, RenderContext context, PublishedDocument document, PropertySelection? expand, PropertySelection? fields, bool withCultures)
    {
        context.Depend(document.Key);
        if (!context.IsExposed(document) || Route(context, document, context.Culture) is not { } route
            || context.Snapshot.ResolveCulture(document, context.Culture) is not { } shown)
        {
            return false;
        }

        writer.WriteStartObject();
        writer.WriteString("contentType", document.ContentTypeAlias);
        writer.WriteString("name", document.Cultures[shown].Name);
        writer.WriteString("createDate", FormatDate(document.CreateDate));
        writer.WriteString("updateDate", FormatDate(document.UpdateDate));
        writer.WritePropertyName("route");
        WriteRoute(writer, route);
        writer.WriteString("id", document.Key.ToString("D"));
        writer.WritePropertyName("properties");
        WriteProperties(writer, context, document, shown, expand, fields);
        if (withCultures)
        {
            writer.WritePropertyName("cultures");
            WriteCultures(writer, context, document);
        }

        writer.WriteEndObject();
        return true;
    }

    /// <summary>Picked content: the item without cultures; properties only when expanded.</summary>
    internal bool WriteNestedItem(
        Utf8JsonWriter writer, RenderContext context, PublishedDocument document, bool expanded, PropertySelection? expand, PropertySelection? fields) =>
        WriteItem(writer, context, document, expanded ? expand : null, expanded ? fields : PropertySelection.None, withCultures: false);

    private void WriteProperties(
        Utf8JsonWriter writer, RenderContext context, PublishedDocument document, string shown, PropertySelection? expand, PropertySelection? fields)
    {
        writer.WriteStartObject();
        if (context.Schema.FindContentType(document.ContentTypeAlias) is { } type)
        {
            foreach (var property in context.Schema.AllProperties(type))
            {
                if (fields is not null && !fields.Includes(property.Alias))
                {
                    continue;
                }

                var value = property.VariesByCulture
                    ? document.Value(property.Alias, shown) ?? document.Value(property.Alias, context.Snapshot.DefaultCulture)
                    : document.Value(property.Alias, null);
                writer.WritePropertyName(property.Alias);
                WriteValue(writer, context, property, value, expand, fields?.Nested(property.Alias));
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteCultures(Utf8JsonWriter writer, RenderContext context, PublishedDocument document)
    {
        writer.WriteStartObject();
        var variant = context.Schema.FindContentType(document.ContentTypeAlias)?.VariesByCulture ?? false;
        foreach (var language in variant ? context.Snapshot.Languages : [])
        {
            if (document.Cultures.ContainsKey(language.IsoCode) && Route(context, document, language.IsoCode) is { } route)
            {
                writer.WritePropertyName(language.IsoCode);
                WriteRoute(writer, route);
            }
        }

        writer.WriteEndObject();
    }

    internal static ApiRoute? Route(RenderContext context, PublishedDocument document, string culture)
    {
        var root = document;
        var guard = 0;
        while (root.ParentKey is { } parent && guard++ < 1000)
        {
            if (context.Snapshot.ByKey(parent) is not { } next)
            {
                break;
            }

            root = next;
        }

        var rootCulture = context.Snapshot.ResolveCulture(root, culture);
        var rootSegment = rootCulture is null ? string.Empty : root.Cultures[rootCulture].UrlSegment;
        if (context.Snapshot.RouteOf(document.Key, culture) is { } path)
        {
            return new ApiRoute(path, root.Key, rootSegment);
        }

        // A draft in preview may have no route yet: Umbraco's preview path.
        return context.PreviewKey == document.Key ? new ApiRoute($"preview-{document.Key:D}/", root.Key, rootSegment) : null;
    }

    private static void WriteRoute(Utf8JsonWriter writer, ApiRoute route)
    {
        writer.WriteStartObject();
        writer.WriteString("path", route.Path);
        writer.WritePropertyName("startItem");
        writer.WriteStartObject();
        writer.WriteString("id", route.StartItemKey.ToString("D"));
        writer.WriteString("path", route.StartItemPath);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    internal static string FormatDate(DateTime date) => date.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture);

    internal static JObject ConfigOf(RenderContext context, ContentTypes.PropertyType property) =>
        context.Schema.FindDataType(property.DataTypeKey)?.Config ?? [];
}

/// <summary>An item's route: its path under the start item, and the start item (root) with its segment.</summary>
internal sealed record ApiRoute(string Path, Guid StartItemKey, string StartItemPath);
