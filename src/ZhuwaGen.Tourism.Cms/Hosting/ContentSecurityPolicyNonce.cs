using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Hosting;

/// <summary>
/// The Content-Security-Policy nonce of the current response. The host's security-headers middleware sets a fresh one
/// per request and names it in the policy; whatever renders HTML puts it on its inline &lt;script&gt; and &lt;style&gt; tags.
/// </summary>
public static class ContentSecurityPolicyNonce
{
    private static readonly object Key = new();

    /// <summary>The nonce for this response, or null when no security-headers middleware runs (no policy to match).</summary>
    public static string? CspNonce(this HttpContext context) => context.Items[Key] as string;

    public static void SetCspNonce(this HttpContext context, string nonce) => context.Items[Key] = nonce;
}
