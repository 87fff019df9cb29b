using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ZhuwaGen.Tourism.Forms.Hosting;
using ZhuwaGen.Tourism.Forms.Persistence;

namespace ZhuwaGen.Tourism.Forms.Bookings;

/// <summary>
/// The signed, expiring token in a guest's cancel link: the booking id and an expiry, protected with ASP.NET Data
/// Protection (authenticated encryption with the site's key ring). A forged or altered token does not unprotect; an
/// expired one is refused by the injected clock; a replayed one finds the booking already cancelled.
/// </summary>
public sealed class CancelLinks(IDataProtectionProvider protection, IOptions<BookingOptions> options, [FromKeyedServices(FormsClock.Key)] TimeProvider clock)
{
    public const string Path = "/umbraco/forms/bookings/cancel";
    private readonly IDataProtector _protector = protection.CreateProtector("ZhuwaGen.Tourism.Forms.Bookings.CancelLink.v1");

    public string TokenFor(BookingEntity booking)
    {
        var payload = new byte[24];
        booking.Id.TryWriteBytes(payload);
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(16), (clock.GetUtcNow() + options.Value.CancelLinkLifetime).UtcTicks);
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload));
    }

    public string UrlFor(BookingEntity booking) => $"{options.Value.PublicBaseUrl?.TrimEnd('/')}{Path}?token={TokenFor(booking)}";

    public CancelTokenCheck Read(string? token, out Guid bookingId)
    {
        bookingId = Guid.Empty;
        byte[] payload;
        try
        {
            payload = _protector.Unprotect(WebEncoders.Base64UrlDecode(token ?? string.Empty));
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException)
        {
            return CancelTokenCheck.Invalid;
        }

        if (payload.Length != 24)
        {
            return CancelTokenCheck.Invalid;
        }

        bookingId = new Guid(payload.AsSpan(0, 16));
        var expires = new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(payload.AsSpan(16)), TimeSpan.Zero);
        return clock.GetUtcNow() > expires ? CancelTokenCheck.Expired : CancelTokenCheck.Valid;
    }
}

public enum CancelTokenCheck
{
    Valid,
    Invalid,
    Expired,
}
