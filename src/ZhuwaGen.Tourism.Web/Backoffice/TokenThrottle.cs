using System.Net.Http.Headers;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Web.Backoffice;

/// <summary>
/// Limits token requests per client address and per client_id, before OpenIddict checks the secret: OpenIddict answers
/// a wrong secret inside the authentication middleware, where endpoint rate-limit policies never run. Guessing a
/// secret is thus slowed from one address and from many addresses at one client_id alike.
/// </summary>
internal sealed class TokenThrottle : IMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly PartitionedRateLimiter<string> _perClientId;

    public TokenThrottle(IOptions<SignInSecurityOptions> options)
    {
        _perAddress = PerMinute(options.Value.TokenRequestsPerClientPerMinute);
        _perClientId = PerMinute(options.Value.TokenRequestsPerClientIdPerMinute);
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(ManagementApiRoutes.Token, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        using var address = _perAddress.AttemptAcquire(RateLimits.ClientKey(context));
        if (!address.IsAcquired)
        {
            await RefuseAsync(context);
            return;
        }

        using var clientId = _perClientId.AttemptAcquire(await ClientIdAsync(context) ?? string.Empty);
        if (!clientId.IsAcquired)
        {
            await RefuseAsync(context);
            return;
        }

        await next(context);
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perClientId.Dispose();
    }

    private static PartitionedRateLimiter<string> PerMinute(int limit) => PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    // The client id from the form (client_secret_post) or the Basic header (client_secret_basic). The form is read
    // and buffered by ASP.NET Core, so OpenIddict reads the same form afterwards.
    private static async Task<string?> ClientIdAsync(HttpContext context)
    {
        if (AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } parameter)
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
                return Uri.UnescapeDataString(decoded.Split(':', 2)[0]);
            }
            catch (FormatException)
            {
                return null;
            }
        }

        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return form["client_id"].ToString();
    }

    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "60";
        return context.Response.WriteAsJsonAsync(
            new { error = "invalid_request", error_description = "Too many token requests; try again in a minute." },
            options: null,
            contentType: "application/json",
            context.RequestAborted);
    }
}
