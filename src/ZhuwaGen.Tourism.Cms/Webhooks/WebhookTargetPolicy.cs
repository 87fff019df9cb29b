using System.Net;
using System.Net.Sockets;

namespace ZhuwaGen.Tourism.Cms.Webhooks;

/// <summary>What kind of address a webhook target is; only <see cref="Public"/> is called unless private targets are allowed.</summary>
public enum WebhookAddressRange
{
    Public,
    Loopback,
    LinkLocal,
    Private,
    SharedAddressSpace,
    Multicast,
    Unspecified,
    Reserved,
}

/// <summary>
/// Which webhook targets may be called (issue 7, SSRF): only http and https, no user information, and never an
/// address inside the site's own network — loopback, link-local (cloud metadata at 169.254.169.254), private, CGNAT,
/// multicast, unspecified or reserved, in IPv4 or IPv6, including IPv6 forms that carry an IPv4 address. The same rules
/// are applied to a literal address when a webhook is saved and to every resolved address when it is sent.
/// </summary>
public static class WebhookTargetPolicy
{
    /// <summary>Why <paramref name="uri"/> may not be called, or null when it may (its name still has to resolve to public addresses).</summary>
    public static string? Refusal(Uri uri, bool allowPrivateTargets)
    {
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"The url '{uri.OriginalString}' must be an absolute http or https URL.";
        }

        // Credentials belong in a header; "user@host" is also the classic way to disguise the real host.
        if (uri.UserInfo.Length > 0)
        {
            return $"The url '{uri.OriginalString}' must not carry user information; send credentials in a header.";
        }

        if (allowPrivateTargets)
        {
            return null;
        }

        var host = uri.Host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return Refused(uri.OriginalString, host, WebhookAddressRange.Loopback);
        }

        return IPAddress.TryParse(host, out var address) && Classify(address) is var range && range != WebhookAddressRange.Public
            ? Refused(uri.OriginalString, address.ToString(), range)
            : null;
    }

    /// <summary>The refusal text for a target that is, or resolves to, <paramref name="address"/> in <paramref name="range"/>.</summary>
    public static string Refused(string url, string address, WebhookAddressRange range) =>
        $"The url '{url}' targets {address}, {Describe(range)}; webhooks are only sent to public addresses "
        + $"unless {WebhookOptions.SectionName}:{nameof(WebhookOptions.AllowPrivateTargets)} is true.";

    public static WebhookAddressRange Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return ClassifyV6(address);
        }

        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return b[0] switch
        {
            0 => WebhookAddressRange.Unspecified,
            127 => WebhookAddressRange.Loopback,
            10 => WebhookAddressRange.Private,
            172 when b[1] is >= 16 and <= 31 => WebhookAddressRange.Private,
            192 when b[1] == 168 => WebhookAddressRange.Private,
            100 when b[1] is >= 64 and <= 127 => WebhookAddressRange.SharedAddressSpace,
            169 when b[1] == 254 => WebhookAddressRange.LinkLocal,
            192 when b[1] == 0 && b[2] == 0 => WebhookAddressRange.Reserved,
            198 when b[1] is 18 or 19 => WebhookAddressRange.Reserved,
            >= 224 and <= 239 => WebhookAddressRange.Multicast,
            >= 240 => WebhookAddressRange.Reserved,
            _ => WebhookAddressRange.Public,
        };
    }

    private static WebhookAddressRange ClassifyV6(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return Classify(address.MapToIPv4());
        }

        if (address.Equals(IPAddress.IPv6None))
        {
            return WebhookAddressRange.Unspecified;
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return WebhookAddressRange.Loopback;
        }

        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);

        // Forms that carry an IPv4 address: IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16).
        if (b[..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return Classify(new IPAddress(b[12..]));
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return Classify(new IPAddress(b[12..]));
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return Classify(new IPAddress(b[2..6]));
        }

        return b[0] switch
        {
            0xff => WebhookAddressRange.Multicast,
            0xfe when (b[1] & 0xc0) == 0x80 => WebhookAddressRange.LinkLocal,
            0xfe when (b[1] & 0xc0) == 0xc0 => WebhookAddressRange.Private, // site-local, deprecated but still routed inside some networks
            0xfc or 0xfd => WebhookAddressRange.Private,
            0x20 when b[1] == 0x01 && b[2] == 0 && b[3] == 0 => WebhookAddressRange.Reserved, // Teredo hides an IPv4 address
            _ => WebhookAddressRange.Public,
        };
    }

    private static string Describe(WebhookAddressRange range) => range switch
    {
        WebhookAddressRange.Loopback => "a loopback address",
        WebhookAddressRange.LinkLocal => "a link-local address",
        WebhookAddressRange.Private => "a private address",
        WebhookAddressRange.SharedAddressSpace => "a carrier-grade NAT address",
        WebhookAddressRange.Multicast => "a multicast address",
        WebhookAddressRange.Unspecified => "an unspecified address",
        WebhookAddressRange.Reserved => "a reserved address",
        _ => "a public address",
    };
}
