using System.Net.Http.Headers;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using ZhuwaGen.Tourism.Cms.Management;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Web.Backoffice;

/// <summary>
/// Throttles the token endpoint before OpenIddict checks the secret (OpenIddict answers a wrong secret inside the
/// authentication middleware, where endpoint rate-limit policies never run): requests per client address, and wrong
/// secrets per (client_id, address) through <see cref="GuessThrottle"/>, as sign-in counts wrong passwords. An
/// address that keeps failing at one client_id is locked out of it; the API client itself, calling from elsewhere
/// with its secret, is only slowed when many addresses guess at it, never refused. An unknown client_id costs the
/// same as a wrong secret (<see cref="UnknownClientWork"/>).
/// </summary>
internal sealed class TokenThrottle : IMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly GuessThrottle _guesses;
    private readonly UnknownClientWork _unknownClients = new();

    public TokenThrottle(IOptions<SignInSecurityOptions> options, GuessThrottle guesses)
    {
        _guesses = guesses;
        _perAddress = PartitionedRateLimiter.Create<string, string>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.TokenRequestsPerClientPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(ManagementApiRoutes.Token, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var client = ClientKey.Of(context);
        using var address = _perAddress.AttemptAcquire(client);
        if (!address.IsAcquired)
        {
            await RefuseAsync(context);
            return;
        }

        string clientId, secret;
        try
        {
            (clientId, secret) = await CredentialsAsync(context);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // A malformed form body: OpenIddict would fail to read it too, after this middleware, as a 500.
            await WriteErrorAsync(context, StatusCodes.Status400BadRequest, "The request body is not a readable form.");
            return;
        }

        if (!await _guesses.MayTryAsync(GuessScope.Token, clientId, client, context.RequestAborted))
        {
            await RefuseAsync(context);
            return;
        }

        var applications = context.RequestServices.GetRequiredService<IOpenIddictApplicationManager>();
        var known = await UnknownClientWork.IsKnownAsync(applications, clientId, context.RequestAborted);
        await next(context);
        if (!known)
        {
            await _unknownClients.MatchAsync(applications, secret, context.RequestAborted);
        }

        // Any refusal counts (a wrong secret is 400 or 401 from OpenIddict): a client that calls correctly never fails.
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            _guesses.RecordSuccess(GuessScope.Token, clientId, client);
        }
        else if (context.Response.StatusCode is >= 400 and < 500)
        {
            _guesses.RecordFailure(GuessScope.Token, clientId, client);
        }
    }

    public void Dispose() => _perAddress.Dispose();

    // The client id and secret from the form (client_secret_post) or the Basic header (client_secret_basic). The form
    // is read and buffered by ASP.NET Core, so OpenIddict reads the same form afterwards.
    private static async Task<(string ClientId, string Secret)> CredentialsAsync(HttpContext context)
    {
        if (AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is { } parameter)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter)).Split(':', 2);
                return (Uri.UnescapeDataString(pair[0]), pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : string.Empty);
            }
            catch (FormatException)
            {
                return (string.Empty, string.Empty);
            }
        }

        if (!context.Request.HasFormContentType)
        {
            return (string.Empty, string.Empty);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static Task RefuseAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "60";
        return WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, "Too many token requests; try again later.");
    }

    private static Task WriteErrorAsync(HttpContext context, int status, string description)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(
            new { error = "invalid_request", error_description = description },
            options: null,
            contentType: "application/json",
            context.RequestAborted);
    }
}
