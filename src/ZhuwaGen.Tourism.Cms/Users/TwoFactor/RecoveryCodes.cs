using System.Security.Cryptography;
using System.Text;

namespace ZhuwaGen.Tourism.Cms.Users.TwoFactor;

/// <summary>
/// One-time recovery codes for when the phone is lost: ten random codes of 50 bits each, kept only as SHA-256 hashes.
/// A plain fast hash suffices because the codes are random, not chosen by people, and guessing is throttled.
/// </summary>
internal static class RecoveryCodes
{
    public const int Count = 10;

    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static IReadOnlyList<string> New() =>
        Enumerable.Range(0, Count).Select(_ => new string(RandomNumberGenerator.GetItems<char>(Alphabet, 10)).Insert(5, "-")).ToList();

    public static string Hashes(IEnumerable<string> codes) => string.Join(',', codes.Select(Hash));

    /// <summary>The stored hashes without the one <paramref name="code"/> matches, or null when none matches.</summary>
    public static string? Spend(string? stored, string? code)
    {
        if (string.IsNullOrEmpty(stored) || string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var hash = Hash(code);
        var hashes = stored.Split(',').ToList();
        var index = hashes.FindIndex(h => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(h), Encoding.ASCII.GetBytes(hash)));
        if (index < 0)
        {
            return null;
        }

        hashes.RemoveAt(index);
        return string.Join(',', hashes);
    }

    public static int Remaining(string? stored) => string.IsNullOrEmpty(stored) ? 0 : stored.Split(',').Length;

    // Without spaces and dashes and in lower case, so "ABCDE FGHJK" matches "abcde-fghjk".
    private static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(TotpCodes.Clean(code.Trim().ToLowerInvariant()))));
}
