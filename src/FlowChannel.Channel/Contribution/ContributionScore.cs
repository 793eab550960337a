namespace FlowChannel.Channel.Contribution;

/// <summary>
/// A partner's contribution score: each dimension's points (rounded to 2 decimals), the weighted total computed
/// from those rounded points (so a partner can redo the sum from the statement), and the level it reaches.
/// </summary>
public sealed record ContributionScore(
    string PartnerId,
    decimal SalesPoints,
    decimal MarketDevelopmentPoints,
    decimal ServicePoints,
    decimal Score,
    ContributionLevel Level);
