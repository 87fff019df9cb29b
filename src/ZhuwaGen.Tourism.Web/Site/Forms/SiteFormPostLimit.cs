using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management.Security;
using ZhuwaGen.Tourism.Forms.Api;

namespace ZhuwaGen.Tourism.Web.Site.Forms;

/// <summary>
/// Posts of the site's forms per client address per minute, the same limit as the Forms API's entry posts
/// (Umbraco:Forms:Security:EntriesPerClientPerMinute). Beyond it the visitor gets a page in their language saying to
/// wait, with Retry-After, instead of the API's bare 429.
/// </summary>
internal sealed class SiteFormPostLimit(IOptions<FormsApiOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "site-form-post";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => async (rejected, _) =>
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, wait.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
        await SiteFormPages.TooManyPostsAsync(http);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            ClientKey.Of(httpContext),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.Value.Security.EntriesPerClientPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
