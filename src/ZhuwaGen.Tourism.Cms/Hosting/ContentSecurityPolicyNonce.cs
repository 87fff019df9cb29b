using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Hosting;

/// <summary>
/// The Content-Security-Policy nonce of the current response. The host's security-headers middleware gives every
/// request one and names it in an HTML response's policy; whatever renders HTML puts it on its inline &lt;script&gt; and
/// &lt;style&gt; tags. It is made on first use, so a JSON or file answer, which has no use for one, costs no random bytes.
/// </summary>
public static class ContentSecurityPolicyNonce
{
    /// <summary>The nonce for this response, or null when no security-headers middleware runs (no policy to match).</summary>
    public static string? CspNonce(this HttpContext context) => context.Features.Get<Nonce>()?.Value;

    public static void EnableCspNonce(this HttpContext context) => context.Features.Set(new Nonce());

    private sealed class Nonce
    {
        private string? _value;

        // 128 random bits, base64url so the value needs no escaping in a header or an attribute.
        public string Value => _value ??= Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
    }
}
