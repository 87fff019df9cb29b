using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ZhuwaGen.Tourism.Web;

/// <summary>Rate-limit policies for public POSTs, partitioned by client address.</summary>
internal static class RateLimits
{
    public const string PublicPost = "public-post";

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicPost, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
}
