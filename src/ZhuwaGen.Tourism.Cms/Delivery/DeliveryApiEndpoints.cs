using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ZhuwaGen.Tourism.Cms.Delivery.Caching;
using ZhuwaGen.Tourism.Cms.Delivery.Items;
using ZhuwaGen.Tourism.Cms.Delivery.Request;

namespace ZhuwaGen.Tourism.Cms.Delivery;

public static class DeliveryApiEndpoints
{
    /// <summary>
    /// The <c>/umbraco/delivery/api/v2/content</c> group with the request filter (headers → <see cref="DeliveryRequest"/>)
    /// and the content output-cache policy. Every Delivery content endpoint is mapped on such a group.
    /// </summary>
    public static RouteGroupBuilder MapDeliveryContentGroup(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DeliveryApiRoutes.Content);
        group.AddEndpointFilter<DeliveryRequestFilter>();
        group.CacheOutput(DeliveryOutputCache.ContentPolicy);
        group.WithTags("Delivery API: content");
        return group;
    }

    /// <summary>
    /// The item endpoints; the query endpoint (GET /content) is mapped by its own module. The host places the output
    /// cache (<c>UseOutputCache</c>) after routing, whose endpoint carries the policy.
    /// </summary>
    public static WebApplication MapDeliveryApi(this WebApplication app)
    {
        app.MapDeliveryContentGroup().MapContentItems();
        return app;
    }
}
