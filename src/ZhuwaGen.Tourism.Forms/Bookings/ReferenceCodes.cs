using System.Security.Cryptography;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>
/// Booking references a guest can read out on the phone: "ZG-" and six characters with no 0/O, 1/I/L look-alikes.
/// 30^6 ≈ 729 million codes; a collision hits the unique index and the booking is retried with a new code.
/// </summary>
public static class ReferenceCodes
{
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXY";

    public static string New()
    {
        Span<char> code = stackalloc char[6];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return "ZG-" + new string(code);
    }
}
