namespace ZhuwaGen.Tourism.Web.Security;

/// <summary>The security headers every response carries; <c>{nonce}</c> in a policy is replaced by the response's nonce.</summary>
internal sealed class SecurityHeadersOptions
{
    public const string SectionName = "Security:Headers";
    public const string NoncePlaceholder = "{nonce}";

    /// <summary>For HTML: everything from this host, inline script and style only with the nonce, never framed.</summary>
    public string HtmlContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>For JSON, media and everything else: nothing runs or loads if a browser renders it as a page (an SVG).</summary>
    public string OtherContentSecurityPolicy { get; set; } = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// For the service worker's script, whose policy governs the worker's own requests: it may fetch this host's pages
    /// to keep them offline, and nothing else.
    /// </summary>
    public string ServiceWorkerContentSecurityPolicy { get; set; } = "default-src 'self'; frame-ancestors 'none'";

    /// <summary>Applied only when the endpoint set none: the install page sends no-referrer to keep its token to itself.</summary>
    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
