using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Forms.Api;

/// <summary>Entry posts per client address per minute (Umbraco:Forms:Security:EntriesPerClientPerMinute); 429 beyond.</summary>
public static class FormsRateLimits
{
    public const string EntryPost = "forms-entry-post";

    public static IServiceCollection AddFormsRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options => options.AddPolicy(EntryPost, context => RateLimitPartition.GetFixedWindowLimiter(
            ClientKey.Of(context),
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = context.RequestServices.GetRequiredService<IOptions<FormsApiOptions>>().Value.Security.EntriesPerClientPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })));
}
