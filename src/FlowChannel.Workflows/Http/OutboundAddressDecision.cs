namespace FlowChannel.Workflows.Http;

/// <summary>
/// What <see cref="OutboundAddressPolicy"/> decided about a URL. <see cref="NeedsResolution"/> means the URL is fine
/// as written but names a host whose addresses must be resolved and checked with
/// <see cref="OutboundAddressPolicy.CheckResolved"/> before connecting.
/// </summary>
public sealed record OutboundAddressDecision(bool IsAllowed, bool NeedsResolution, string? Reason)
{
    internal static OutboundAddressDecision Allowed { get; } = new(true, false, null);

    internal static OutboundAddressDecision Resolve { get; } = new(true, true, null);

    internal static OutboundAddressDecision Blocked(string reason) => new(false, false, reason);
}
