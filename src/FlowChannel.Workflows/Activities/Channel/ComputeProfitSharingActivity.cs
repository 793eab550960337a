namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// <c>FlowChannel.ComputeProfitSharing</c>: for the quarter <c>period</c> (default the quarter before now) scores every
/// active partner's contribution from sales (net sales against <c>salesTarget</c>), market development (market
/// activities held) and service (leads accepted or won), gives each a level (A, B, C) and multiplier, splits
/// <c>pool</c> in proportion to score × multiplier, and publishes one contribution-share record per partner (updated
/// when the quarter is computed again), which the partner's own users can see. Outputs <c>count</c> and <c>distributed</c>.
/// </summary>
public sealed class ComputeProfitSharingActivity : ChannelActivity
{
    public const string Type = "FlowChannel.ComputeProfitSharing";

    public override string TypeName => Type;

    public override string Description => "Scores partners' contribution and publishes their shares of the profit pool.";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
        [new("period"), new("pool", "Decimal"), new("salesTarget", "Decimal")];

    public override IReadOnlyList<string> Outputs { get; } = ["count", "distributed", "createdIds"];
}
