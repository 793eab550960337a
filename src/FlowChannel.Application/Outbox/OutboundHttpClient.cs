using System.Net;
using System.Net.Sockets;
using FlowChannel.Workflows.Http;

namespace FlowChannel.Application.Outbox;

/// <summary>
/// The HTTP client of everything FlowChannel sends out (workflow requests, webhooks). The host name is resolved here
/// and every address checked against the policy at connect time, so a name cannot pass the check with a public address
/// and then connect to a private one; redirects are not followed and no proxy is used.
/// </summary>
public static class OutboundHttpClient
{
    public static HttpClient Create(OutboundAddressPolicy policy)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,

            // Through a proxy the connect callback would see (and check) the proxy, never the target.
            UseProxy = false,
            ConnectCallback = (context, ct) => ConnectCheckedAsync(policy, context, ct),
        };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static async ValueTask<Stream> ConnectCheckedAsync(OutboundAddressPolicy policy, SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var uri = context.InitialRequestMessage.RequestUri!;
        var decision = policy.CheckResolved(uri, addresses);
        if (!decision.IsAllowed)
        {
            throw new HttpRequestException($"The address of {host} may not be called from FlowChannel: {decision.Reason}");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
