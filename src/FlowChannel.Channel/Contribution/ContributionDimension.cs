namespace FlowChannel.Channel.Contribution;

/// <summary>
/// One part of the contribution score (sales, market development or service): its weight, the target that earns
/// 100 points, and the cap on actual ÷ target. With the usual cap of 1 the part scores 0–100; a cap of 1.2 lets
/// over-achievement count up to 120 (domain.md §1: sᵢ = min(actual ÷ target, cap) · 100).
/// </summary>
public sealed record ContributionDimension(decimal Weight, decimal Target, decimal Cap = 1m);
