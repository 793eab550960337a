using System.Net;
using System.Net.Sockets;

namespace FlowChannel.TestSupport;

/// <summary>Finds a TCP port on the loopback interface that nothing listens on right now.</summary>
public static class FreeTcpPort
{
    /// <summary>
    /// A port that was free a moment ago (the operating system picked it). Another process may take it before
    /// the caller binds it, so callers that start servers should retry on "address in use".
    /// </summary>
    public static int Get()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
