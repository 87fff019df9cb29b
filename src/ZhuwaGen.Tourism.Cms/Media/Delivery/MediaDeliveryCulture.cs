using Microsoft.AspNetCore.Http;
using ZhuwaGen.Tourism.Cms.ContentTypes;
using ZhuwaGen.Tourism.Cms.Languages;

namespace ZhuwaGen.Tourism.Cms.Media.Delivery;

/// <summary>The culture of media properties: the request's Accept-Language resolved against the schema's languages.</summary>
public static class MediaDeliveryCulture
{
    public static string Resolve(HttpRequest request, ContentSchema schema) =>
        AcceptLanguage.Resolve(request.Headers.AcceptLanguage.ToString(), schema.Languages, schema.DefaultCulture);
}
