namespace FlowChannel.Channel.Rebates;

/// <summary>
/// One row of a tier table: amounts (or growth rates) from <see cref="Lower"/> inclusive up to
/// <see cref="Upper"/> exclusive earn <see cref="Rate"/> (0.03 = 3 %). The last tier has no upper bound.
/// </summary>
public sealed record RebateTier(decimal Lower, decimal? Upper, decimal Rate);
