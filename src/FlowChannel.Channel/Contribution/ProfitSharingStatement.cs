namespace FlowChannel.Channel.Contribution;

/// <summary>
/// A profit-sharing statement: the pool, the model version, Σ(score × multiplier), the lines in the order the
/// partners were given, and what was distributed (the whole pool, unless no partner scored anything).
/// </summary>
public sealed record ProfitSharingStatement(
    decimal Pool,
    int ModelVersion,
    decimal TotalWeightedScore,
    IReadOnlyList<ProfitShareLine> Lines)
{
    public decimal Distributed => Lines.Sum(l => l.Share);

    public decimal Undistributed => Pool - Distributed;
}
