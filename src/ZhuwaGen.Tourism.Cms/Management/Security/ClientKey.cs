using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;

namespace ZhuwaGen.Tourism.Cms.Management.Security;

/// <summary>
/// The key under which one client is counted by rate limits and guess throttles: its address, after the forwarded
/// headers of known proxies were applied. An IPv6 client counts by its /64 network, because one home or server gets
/// a whole /64 and could otherwise take a fresh bucket for every request.
/// </summary>
public static class ClientKey
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
