using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Delivery;

namespace ZhuwaGen.Tourism.Cms.Media.Delivery;

/// <summary>
/// The media API answers only when both the Delivery API and its media part are enabled (else 404), and asks for
/// the Api-Key header when either is not public (else 401), as Umbraco's media controllers do.
/// </summary>
internal sealed class MediaDeliveryAccessFilter(IOptionsMonitor<DeliveryApiOptions> deliveryOptions) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var options = deliveryOptions.CurrentValue;
        if (!options.Enabled || !options.Media.Enabled)
        {
            return TypedResults.NotFound();
        }

        if ((!options.PublicAccess || !options.Media.PublicAccess) && !KeyMatches(context.HttpContext.Request, options.ApiKey))
        {
            return TypedResults.Unauthorized();
        }

        return await next(context);
    }

    private static bool KeyMatches(HttpRequest request, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && request.Headers["Api-Key"].ToString() is { Length: > 0 } given
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
