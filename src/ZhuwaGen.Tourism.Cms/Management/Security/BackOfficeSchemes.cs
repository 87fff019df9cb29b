using OpenIddict.Validation.AspNetCore;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>The two ways into the back-office: the sign-in cookie (people) and OAuth2 bearer tokens (API users).</summary>
public static class BackOfficeSchemes
{
    public const string Cookie = "BackOffice";

    /// <summary>
    /// What the policies authenticate with: a bearer token when the request has one, else the cookie. One scheme per
    /// request, so that a refusal is one clear answer (401 or 403) instead of two handlers overwriting each other.
    /// </summary>
    public const string CookieOrBearer = "BackOffice.CookieOrBearer";
    public const string CookieName = "zg_backoffice";

    /// <summary>OpenIddict's validation scheme: access tokens from the client-credentials token endpoint.</summary>
    public const string Bearer = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;

    /// <summary>
    /// Cookie-authenticated writes must echo the antiforgery request token in this header (as Umbraco's back-office
    /// does); the token is handed to scripts in the readable <see cref="XsrfCookieName"/> cookie.
    /// </summary>
    public const string XsrfHeaderName = "X-XSRF-TOKEN";
    public const string XsrfCookieName = "XSRF-TOKEN";

    public const string ApiUserKind = "Api";
}
