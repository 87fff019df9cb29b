using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Web;

/// <summary>
/// Rate-limit policies for public POSTs, partitioned by client address: the connection's, or the one a configured
/// proxy forwarded (<see cref="ClientAddresses"/> runs first). A client that exceeds its limit is refused alone; a
/// different client, such as the account's owner elsewhere, is not.
/// </summary>
internal static class RateLimits
{
    public const string PublicPost = "public-post";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Tells a well-behaved client (and a person) when to try again instead of leaving it to guess.
            options.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                rejected.HttpContext.Response.Headers.RetryAfter =
                    ((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(PublicPost, context => PerClient(context, 10));
            options.AddPolicy(SignIn, context => PerClient(
                context, context.RequestServices.GetRequiredService<IOptions<SignInSecurityOptions>>().Value.SignInsPerClientPerMinute));
        });

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            Cms.Management.Security.ClientKey.Of(context),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
