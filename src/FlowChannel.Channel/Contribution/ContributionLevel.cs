namespace FlowChannel.Channel.Contribution;

/// <summary>
/// A contribution level (贡献度等级), reached with a score of at least <see cref="MinScore"/>; its
/// <see cref="Multiplier"/> scales the partner's weight in the profit-sharing pool.
/// </summary>
public sealed record ContributionLevel(string Name, decimal MinScore, decimal Multiplier);
