using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace ZhuwaGen.Tourism.Cms.Delivery.Rendering;

/// <summary>MultiUrlPicker values as Umbraco's ApiLink: content links carry a route, media and external links a url.</summary>
public sealed partial class DeliveryContentRenderer
{
    private void WriteLinks(Utf8JsonWriter writer, RenderContext context, JToken? value)
    {
        writer.WriteStartArray();
        foreach (var link in value as JArray ?? [])
        {
            var udi = Text(link["udi"]);
            var title = Text(link["name"]) ?? Text(link["title"]);
            var target = Text(link["target"]);
            var queryString = Text(link["queryString"]);
            if (ParseKey(udi, "document") is { } contentKey)
            {
                context.Depend(contentKey);
                if (context.Snapshot.ByKey(contentKey) is { } document && context.IsExposed(document)
                    && Route(context, document, context.Culture) is { } route)
                {
                    WriteLink(writer, null, queryString, title, target, contentKey, document.ContentTypeAlias, route, "Content");
                }
            }
            else if (ParseKey(udi, "media") is { } mediaKey)
            {
                context.DependOnMedia(mediaKey);
                if (media.Get(mediaKey) is { } item)
                {
                    WriteLink(writer, item.Url, queryString, title, target, mediaKey, item.MediaTypeAlias, null, "Media");
                }
            }
            else if (Text(link["url"]) is { Length: > 0 } url)
            {
                WriteLink(writer, url, queryString, title, target, null, null, null, "External");
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
