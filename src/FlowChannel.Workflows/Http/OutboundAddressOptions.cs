namespace FlowChannel.Workflows.Http;

/// <summary>Configuration of <see cref="OutboundAddressPolicy"/>.</summary>
public sealed class OutboundAddressOptions
{
    /// <summary>
    /// Destinations that may be called although they are internal: host names (<c>billing.corp.example</c>, matched
    /// exactly, case-insensitive) and addresses or networks in CIDR form (<c>10.20.0.0/16</c>, <c>10.20.0.7</c>,
    /// <c>fd00::/8</c>).
    /// </summary>
    public IList<string> Allow { get; } = [];
}
