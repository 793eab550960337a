using System.Net;

namespace FlowChannel.Workflows.Http;

/// <summary>
/// Decides whether a workflow may call a URL, so workflow authors cannot reach the host itself, the internal network
/// or the cloud metadata service (server-side request forgery). Only http and https are allowed; loopback, private,
/// link-local, shared (CGNAT), unspecified, multicast and reserved addresses are blocked, also when written as
/// IPv4-mapped or other IPv6 forms embedding them, unless configuration allows the host or network.
/// <para>
/// Use in two stages: <see cref="Check(Uri)"/> when the workflow runs (it judges literal addresses and well-known
/// local names), then, when delivering, resolve the host yourself, call <see cref="CheckResolved"/> with every
/// address found and connect only to those addresses. Checking the addresses actually connected to is what
/// defeats DNS rebinding, where a name resolves to a public address when checked and a private one when used.
/// </para>
/// Thread-safe; build one from configuration at startup.
/// </summary>
public sealed class OutboundAddressPolicy
{
    private readonly HashSet<string> _allowedHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<IPNetwork> _allowedNetworks = [];

    /// <exception cref="ArgumentException">An allow-list entry is neither a host name nor an address or CIDR network.</exception>
    public OutboundAddressPolicy(OutboundAddressOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var raw in options.Allow)
        {
            var entry = raw?.Trim() ?? string.Empty;
            if (IPNetwork.TryParse(entry, out var network))
            {
                _allowedNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                _allowedNetworks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else if (Uri.CheckHostName(entry.TrimEnd('.')) == UriHostNameType.Dns)
            {
                _allowedHosts.Add(entry.TrimEnd('.'));
            }
            else
            {
                throw new ArgumentException($"Outbound allow-list entry '{raw}' is neither a host name nor an IP address or CIDR network.", nameof(options));
            }
        }
    }

    /// <summary>The policy with an empty allow list: every internal destination is blocked.</summary>
    public static OutboundAddressPolicy Default { get; } = new(new OutboundAddressOptions());

    /// <summary>Parses <paramref name="url"/> and checks it as <see cref="Check(Uri)"/> does.</summary>
    public OutboundAddressDecision Check(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
            ? Check(uri)
            : OutboundAddressDecision.Blocked($"'{url}' is not an absolute URL.");

    /// <summary>
    /// Checks what can be known without DNS: the scheme, a literal address, a name that always means this machine
    /// (<c>localhost</c>). Allowed with <see cref="OutboundAddressDecision.NeedsResolution"/> for other host names.
    /// </summary>
    public OutboundAddressDecision Check(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return OutboundAddressDecision.Blocked($"Only http and https URLs may be called, not '{(url.IsAbsoluteUri ? url.Scheme : url.OriginalString)}'.");
        }

        var host = Host(url);
        if (_allowedHosts.Contains(host))
        {
            return OutboundAddressDecision.Allowed;
        }

        if (LiteralAddress(url) is { } literal)
        {
            return CheckAddress(literal);
        }

        // Resolvers answer these from the hosts file or by rule (RFC 6761) with a loopback address.
        return host == "localhost" || host.EndsWith(".localhost", StringComparison.Ordinal)
            ? OutboundAddressDecision.Blocked($"'{host}' is this machine (loopback).")
            : OutboundAddressDecision.Resolve;
    }

    /// <summary>
    /// Checks <paramref name="url"/> and, for a host name, every address it resolved to: one blocked address blocks
    /// the call, since the client may connect to any of them.
    /// </summary>
    public OutboundAddressDecision CheckResolved(Uri url, IEnumerable<IPAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(addresses);
        var decision = Check(url);
        if (!decision.NeedsResolution)
        {
            return decision;
        }

        var any = false;
        foreach (var address in addresses)
        {
            any = true;
            if (CheckAddress(address) is { IsAllowed: false, Reason: var reason })
            {
                return OutboundAddressDecision.Blocked($"'{Host(url)}' resolves to a blocked address: {reason}");
            }
        }

        return any ? OutboundAddressDecision.Allowed : OutboundAddressDecision.Blocked($"'{Host(url)}' resolved to no address.");
    }

    /// <summary>Checks one address, for a connect callback that sees only the endpoint it is about to use.</summary>
    public OutboundAddressDecision CheckAddress(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (BlockedNetworks.WithEmbedded(address).Any(a => _allowedNetworks.Any(n => n.Contains(a))))
        {
            return OutboundAddressDecision.Allowed;
        }

        return BlockedNetworks.Reason(address) is { } reason
            ? OutboundAddressDecision.Blocked($"{address} is a {reason} address; add it to the outbound allow list if it must be called.")
            : OutboundAddressDecision.Allowed;
    }

    /// <summary>
    /// The address a URL's host spells, if it is one. Besides what <see cref="Uri"/> recognises, names that the
    /// system resolver would read as numbers (<c>0x7f.1</c>, <c>017700000001</c>) count as addresses.
    /// </summary>
    private static IPAddress? LiteralAddress(Uri url)
    {
        var host = url.DnsSafeHost;
        return url.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || host.All(c => char.IsAsciiHexDigit(c) || c is '.' or 'x' or 'X')
            ? IPAddress.TryParse(host, out var address) ? address : null
            : null;
    }

    private static string Host(Uri url) => url.IdnHost.TrimEnd('.').ToLowerInvariant();
}
