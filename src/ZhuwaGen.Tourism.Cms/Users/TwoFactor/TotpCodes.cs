using System.Security.Cryptography;
using OtpNet;

namespace ZhuwaGen.Tourism.Cms.Users.TwoFactor;

/// <summary>
/// RFC 6238 codes as authenticator apps make them by default: SHA-1, six digits, 30-second steps. A code is accepted
/// for its own step and one step either side, so a phone clock a little off still works.
/// </summary>
public static class TotpCodes
{
    public const int Digits = 6;

    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    /// <summary>A new 160-bit secret (RFC 4226's recommended length) in Base32, as the apps take it.</summary>
    public static string NewSecret() => Base32Encoding.ToString(RandomNumberGenerator.GetBytes(20));

    /// <summary>The time step the code belongs to, or null when it is not a valid code for now (±1 step).</summary>
    public static long? MatchStep(string base32Secret, string? code, DateTimeOffset now)
    {
        var digits = Clean(code);
        if (digits.Length != Digits || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var totp = new Totp(Base32Encoding.ToBytes(base32Secret));
        return totp.VerifyTotp(now.UtcDateTime, digits, out var step, Window) ? step : null;
    }

    /// <summary>The otpauth:// URI an authenticator app reads (Google's Key URI Format).</summary>
    public static string Uri(string base32Secret, string issuer, string account) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}"
        + $"?secret={base32Secret}&issuer={System.Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period=30";

    /// <summary>The secret in groups of four, easier to type from the screen into an app.</summary>
    public static string Grouped(string base32Secret) => string.Join(' ', base32Secret.Chunk(4).Select(c => new string(c)));

    // People type codes with spaces or dashes ("123 456"), as some apps show them.
    internal static string Clean(string? code) => new((code ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());
}
