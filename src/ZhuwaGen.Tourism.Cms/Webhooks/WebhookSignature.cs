using System.Security.Cryptography;
using System.Text;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>
/// Webhook secrets and request signatures. A receiver verifies a request by computing HMAC-SHA256 over the raw
/// request body bytes (exactly as received, before any JSON parsing) with the UTF-8 bytes of the secret string as
/// the key, hex-encoding it in lowercase, prefixing "sha256=" and comparing the result in constant time with the
/// <see cref="SignatureHeader"/> value. <see cref="TimestampHeader"/> (Unix seconds of the attempt) lets a receiver
/// refuse old requests; it is not part of the signed bytes.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Webhook-Signature";
    public const string TimestampHeader = "X-Webhook-Timestamp";
    public const string EventHeader = "Umb-Webhook-Event";
    public const string RetryCountHeader = "umb-webhook-retrycount";

    /// <summary>32 random bytes, base64url without padding.</summary>
    public static string NewSecret()
    {
        Span<byte> bytes = stackalloc byte[32];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? signature) =>
        signature is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(signature));
}
