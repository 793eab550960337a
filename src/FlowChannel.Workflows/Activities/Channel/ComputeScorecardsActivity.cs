namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// <c>FlowChannel.ComputeScorecards</c>: for the quarter <c>period</c> (<c>yyyy-Qn</c>, default the quarter before
/// now) scores every active partner on sales and collections against the quarter's share of its yearly goal,
/// proposes a tier with hysteresis (demote only after two quarters below the band) and flags elimination; writes one
/// partner-scorecard record per partner (updated when the quarter is computed again). Outputs <c>count</c>.
/// </summary>
public sealed class ComputeScorecardsActivity : ChannelActivity
{
    public const string Type = "FlowChannel.ComputeScorecards";

    public override string TypeName => Type;

    public override string Description => "Scores every active partner for a quarter and proposes tier changes.";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("period")];

    public override IReadOnlyList<string> Outputs { get; } = ["count", "proposals", "createdIds"];
}
