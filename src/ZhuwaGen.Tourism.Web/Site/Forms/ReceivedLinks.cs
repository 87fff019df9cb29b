using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace ZhuwaGen.Tourism.Web.Site.Forms;

/// <summary>
/// The token in the confirmation page's URL (the GET after the POST): the entry, the page it was sent from and an expiry,
/// protected with Data Protection. The page shows the visitor's own details, so its address must not be guessable from
/// a reference code, and it stops working after <see cref="Lifetime"/>.
/// </summary>
public sealed class ReceivedLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);
    private readonly IDataProtector _protector = protection.CreateProtector("ZhuwaGen.Tourism.Web.Site.Forms.Received.v1");

    /// <param name="entryId">The stored entry; <see cref="Guid.Empty"/> for a post that stored nothing (the honeypot).</param>
    public string TokenFor(Guid entryId, Guid pageKey)
    {
        var payload = new byte[40];
        entryId.TryWriteBytes(payload);
        pageKey.TryWriteBytes(payload.AsSpan(16));
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(32), (clock.GetUtcNow() + Lifetime).UtcTicks);
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload));
    }

    /// <summary>The entry and page of a valid, unexpired token; null otherwise.</summary>
    public (Guid EntryId, Guid PageKey)? Read(string? token)
    {
        byte[] payload;
        try
        {
            payload = _protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? string.Empty));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return null;
        }

        if (payload.Length != 40 || clock.GetUtcNow().UtcTicks > BinaryPrimitives.ReadInt64LittleEndian(payload.AsSpan(32)))
        {
            return null;
        }

        return (new Guid(payload.AsSpan(0, 16)), new Guid(payload.AsSpan(16, 16)));
    }
}
