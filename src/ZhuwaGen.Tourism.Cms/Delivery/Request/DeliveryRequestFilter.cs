using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Languages;
using ZhuwaGen.Tourism.Cms.Publishing;

namespace ZhuwaGen.Tourism.Cms.Delivery.Request;

/// <summary>
/// Resolves the Delivery API's request headers once, before any endpoint runs (as Umbraco's
/// ContextualizeFromAcceptHeaders does): the API switch, Api-Key for non-public access and preview, culture, start
/// item (a Start-Item that names no root answers 404, as Umbraco's ValidateStartItem does). The result is a
/// <see cref="DeliveryRequest"/> in the request's features.
/// </summary>
internal sealed class DeliveryRequestFilter(IOptionsMonitor<DeliveryApiOptions> options, PublishedSnapshotService snapshots) : IEndpointFilter
{
    /// <summary>Every header that changes a Delivery response; pinned by tests.</summary>
    public const string VaryHeaders = "Accept-Language, Start-Item, Preview, Api-Key, Accept-Encoding";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var settings = options.CurrentValue;
        context.Response.Headers.Vary = VaryHeaders;
        // Public JSON holds no secret a compression oracle (BREACH) could reveal, so it is compressed over HTTPS too.
        if (context.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.Compress;
        }

        if (!settings.Enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, detail: "The Delivery API is not enabled.");
        }

        var headers = context.Request.Headers;
        var keyIsValid = HasValidKey(headers["Api-Key"].ToString(), settings.ApiKey);
        var preview = string.Equals(headers["Preview"].ToString().Trim(), "true", StringComparison.OrdinalIgnoreCase);
        if ((!settings.PublicAccess || preview) && !keyIsValid)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                detail: preview ? "Preview needs a valid Api-Key." : "This Delivery API needs a valid Api-Key.");
        }

        var snapshot = snapshots.Current;
        var culture = AcceptLanguage.Resolve(headers.AcceptLanguage.ToString(), snapshot.Languages, snapshot.DefaultCulture);
        var requestedStartItem = headers["Start-Item"].ToString();
        var startItem = StartItem(requestedStartItem, snapshot, culture);
        if (startItem is null && requestedStartItem.Trim().Trim('/').Length > 0)
        {
            return StartItemNotFound.For(context.Request);
        }

        context.Features.Set(new DeliveryRequest(
            culture, startItem, preview, snapshot, new HashSet<string>(settings.DisallowedContentTypeAliases, StringComparer.OrdinalIgnoreCase)));
        return await next(invocation);
    }

    /// <summary>A root named by key or by its URL segment (in the request culture, then any); no header or an unknown root → null.</summary>
    internal static PublishedDocument? StartItem(string header, PublishedSnapshot snapshot, string culture)
    {
        var value = header.Trim().Trim('/');
        if (value.Length == 0)
        {
            return null;
        }

        if (Guid.TryParse(value, out var key))
        {
            return snapshot.Roots.FirstOrDefault(r => r.Key == key);
        }

        return snapshot.Roots.FirstOrDefault(r => snapshot.ResolveCulture(r, culture) is { } shown
                && string.Equals(r.Cultures[shown].UrlSegment, value, StringComparison.OrdinalIgnoreCase))
            ?? snapshot.Roots.FirstOrDefault(r => r.Cultures.Values.Any(c => string.Equals(c.UrlSegment, value, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool HasValidKey(string given, string? expected) =>
        !string.IsNullOrEmpty(expected) && !string.IsNullOrEmpty(given)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
