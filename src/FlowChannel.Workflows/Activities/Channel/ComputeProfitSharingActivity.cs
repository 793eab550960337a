namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// <c>FlowChannel.ComputeProfitSharing</c>: for the quarter <c>period</c> (default the quarter before now) scores every
/// active partner's contribution from sales (net sales against <c>salesTarget</c>), market development (market
/// activities held) and service (leads accepted or won), gives each a level (A, B, C) and multiplier, and splits
/// <c>pool</c> in proportion to score × multiplier. With <c>publish</c> (the default) one contribution-share record per
/// partner is published (updated when the quarter is computed again), which the partner's own users can see; with
/// <c>publish</c> false nothing is written and the lines come out as <c>proposal</c> (and a readable <c>summary</c>)
/// for an approval; given an approved <c>proposal</c>, exactly its lines are published. Outputs <c>count</c>,
/// <c>distributed</c>, <c>proposal</c> and <c>summary</c>.
/// </summary>
public sealed class ComputeProfitSharingActivity : ChannelActivity
{
    public const string Type = "FlowChannel.ComputeProfitSharing";

    public override string TypeName => Type;

    public override string Description => "Scores partners' contribution and proposes or publishes their shares of the profit pool.";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
        [new("period"), new("pool", "Decimal"), new("salesTarget", "Decimal"), new("publish", "Boolean"), new("proposal", "Object")];

    public override IReadOnlyList<string> Outputs { get; } = ["count", "distributed", "proposal", "summary", "createdIds"];
}
