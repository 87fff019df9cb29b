using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using ZhuwaGen.Tourism.Cms.Management.Security;

namespace ZhuwaGen.Tourism.Web.Backoffice.Photos.Uploads;

/// <summary>
/// The upload-session requests one signed-in user may make a minute: enough for a dozen phone photos in 256 KB chunks
/// with retries, not for filling the disk. Counted per user, so one editor's burst does not hold up another.
/// </summary>
internal static class PhotoUploadLimits
{
    public const string Policy = "photo-uploads";
    public const int RequestsPerMinute = 600;

    public static IServiceCollection AddPhotoUploadLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options => options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
            CurrentUser.NameOf(context.User),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
}
