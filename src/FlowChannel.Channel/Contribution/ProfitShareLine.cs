namespace FlowChannel.Channel.Contribution;

/// <summary>
/// One partner's line of a published profit-sharing statement (利益分配明细): the points per dimension, the score,
/// level and multiplier, the weighted score (score × multiplier), its proportion of all weighted scores, and the
/// share in money. A zero weighted score gets nothing.
/// </summary>
public sealed record ProfitShareLine(
    string PartnerId,
    decimal SalesPoints,
    decimal MarketDevelopmentPoints,
    decimal ServicePoints,
    decimal Score,
    string Level,
    decimal Multiplier,
    decimal WeightedScore,
    decimal Proportion,
    decimal Share);
