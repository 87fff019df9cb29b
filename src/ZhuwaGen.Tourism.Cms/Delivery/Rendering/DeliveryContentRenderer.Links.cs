using System.Text.Json;
using ZhuwaGen.Tourism.Cms.PropertyEditors;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>MultiUrlPicker values as Umbraco's ApiLink: content links carry a route, media and external links a url.</summary>
public sealed partial class DeliveryContentRenderer
{
    private void WriteLinks(Utf8JsonWriter writer, RenderContext context, IReadOnlyList<LinkPick> links)
    {
        writer.WriteStartArray();
        foreach (var link in links)
        {
            if (link.Destination is { Entity: PickedEntity.Document, Key: var contentKey })
            {
                context.Depend(contentKey);
                if (context.Snapshot.ByKey(contentKey) is { } document && context.IsExposed(document)
                    && Route(context, document, context.Culture) is { } route)
                {
                    WriteLink(writer, null, link.QueryString, link.Title, link.Target, contentKey, document.ContentTypeAlias, route, "Content");
                }
            }
            else if (link.Destination is { Entity: PickedEntity.Media, Key: var mediaKey })
            {
                context.DependOnMedia(mediaKey);
                if (media.Get(mediaKey) is { } item)
                {
                    WriteLink(writer, item.Url, link.QueryString, link.Title, link.Target, mediaKey, item.MediaTypeAlias, null, "Media");
                }
            }
            else if (link.Url is { } url)
            {
                WriteLink(writer, url, link.QueryString, link.Title, link.Target, null, null, null, "External");
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteLink(
        Utf8JsonWriter writer, string? url, string? queryString, string? title, string? target, Guid? destinationId, string? destinationType,
        ApiRoute? route, string linkType)
    {
        writer.WriteStartObject();
        writer.WriteString("url", url);
        writer.WriteString("queryString", queryString);
        writer.WriteString("title", title);
        writer.WriteString("target", target);
        writer.WriteString("destinationId", destinationId?.ToString("D"));
        writer.WriteString("destinationType", destinationType);
        writer.WritePropertyName("route");
        if (route is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteRoute(writer, route);
        }

        writer.WriteString("linkType", linkType);
        writer.WriteEndObject();
    }
}
