using System.Net;
using System.Net.Sockets;

namespace FlowChannel.Workflows.Http;

/// <summary>Address ranges that reach the host itself, the internal network or nothing routable, with the reason why.</summary>
internal static class BlockedNetworks
{
    private static readonly (IPNetwork Network, string Reason)[] Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "unspecified"), // Linux connects 0.0.0.0 to the local host.
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("10.0.0.0/8"), "private"),
        (IPNetwork.Parse("172.16.0.0/12"), "private"),
        (IPNetwork.Parse("192.168.0.0/16"), "private"),
        (IPNetwork.Parse("100.64.0.0/10"), "shared (CGNAT)"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local (includes the cloud metadata service)"),
        // Not globally reachable (IANA special-purpose registry), so only ever an internal network: some hosts number
        // their own interfaces from the documentation and benchmarking ranges.
        (IPNetwork.Parse("192.0.0.0/24"), "reserved for protocol assignments"),
        (IPNetwork.Parse("192.0.2.0/24"), "documentation (not globally reachable)"),
        (IPNetwork.Parse("198.51.100.0/24"), "documentation (not globally reachable)"),
        (IPNetwork.Parse("203.0.113.0/24"), "documentation (not globally reachable)"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking (not globally reachable)"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved or broadcast"),
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("fc00::/7"), "private (unique local)"),
        (IPNetwork.Parse("fe80::/10"), "link-local"),
        (IPNetwork.Parse("fec0::/10"), "site-local"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
        (IPNetwork.Parse("2001:db8::/32"), "documentation (not globally reachable)"),
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");

    /// <summary>Why <paramref name="address"/> is blocked, or null when it is a public address.</summary>
    public static string? Reason(IPAddress address)
    {
        foreach (var candidate in WithEmbedded(address))
        {
            foreach (var (network, reason) in Ranges)
            {
                if (network.Contains(candidate))
                {
                    return reason;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The address and the IPv4 address inside it, if any: IPv4-mapped (<c>::ffff:127.0.0.1</c>), IPv4-compatible,
    /// NAT64 and 6to4 forms all end up at the embedded IPv4 host, so they must be judged by it too.
    /// </summary>
    public static IEnumerable<IPAddress> WithEmbedded(IPAddress address)
    {
        yield return address;
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            yield break;
        }

        var bytes = address.GetAddressBytes();
        if (address.IsIPv4MappedToIPv6)
        {
            yield return address.MapToIPv4();
        }
        else if (Nat64.Contains(address) || (Compatible.Contains(address) && !IPAddress.IPv6Loopback.Equals(address) && !IPAddress.IPv6Any.Equals(address)))
        {
            yield return new IPAddress(bytes.AsSpan(12, 4));
        }
        else if (SixToFour.Contains(address))
        {
            yield return new IPAddress(bytes.AsSpan(2, 4));
        }
    }
}
