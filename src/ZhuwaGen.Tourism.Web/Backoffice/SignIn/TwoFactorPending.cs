using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using ZhuwaGen.Tourism.Cms.Persistence.Entities;
using ZhuwaGen.Tourism.Web.Backoffice.Admin;

namespace ZhuwaGen.Tourism.Web.Backoffice.SignIn;

/// <summary>A sign-in whose password was right and which waits for the code: who, their security stamp, and where to go.</summary>
public sealed record PendingSignIn(Guid Key, string Stamp, string? ReturnUrl);

/// <summary>
/// Carries a half-finished sign-in from the password step to the code step in a short-lived cookie, protected and
/// time-limited with Data Protection, sent only to the code page. It grants nothing: no screen accepts it, and the
/// code step checks that the account's security stamp has not changed since (a new password ends it).
/// </summary>
public static class TwoFactorPending
{
    public const string CookieName = "zg_bo_2fa";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public static void Start(HttpContext context, UserEntity user, string? returnUrl) =>
        context.Response.Cookies.Append(
            CookieName,
            Protector(context).Protect($"{user.Key:N}\n{user.SecurityStamp}\n{returnUrl}", Lifetime),
            Options(context));

    public static PendingSignIn? Read(HttpContext context)
    {
        try
        {
            var parts = Protector(context).Unprotect(context.Request.Cookies[CookieName] ?? string.Empty, out _).Split('\n', 3);
            return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var key)
                ? new PendingSignIn(key, parts[1], SignInController.Local(parts[2]))
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public static void End(HttpContext context) => context.Response.Cookies.Delete(CookieName, Options(context));

    private static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps
            || context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Cms.Management.Security.SignInSecurityOptions>>().Value.RequireHttpsCookies,
        Path = AdminRoutes.SignInCode,
        MaxAge = Lifetime,
        IsEssential = true,
    };

    private static ITimeLimitedDataProtector Protector(HttpContext context) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("ZhuwaGen.Backoffice.TwoFactorPending").ToTimeLimitedDataProtector();
}
