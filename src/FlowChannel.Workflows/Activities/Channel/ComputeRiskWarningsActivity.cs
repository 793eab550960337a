namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// <c>FlowChannel.ComputeRiskWarnings</c>: checks every active partner as of now — credit utilisation (exposure =
/// sales less payments, against the credit limit), overdue receivables by age, channel inventory weeks of supply,
/// and a month's sales below 70 % of the trailing three months — and raises a risk-warning record for each finding,
/// unless the partner already has an open warning of that type. Outputs <c>warnings</c> (the new records' ids) and <c>count</c>.
/// </summary>
public sealed class ComputeRiskWarningsActivity : ChannelActivity
{
    public const string Type = "FlowChannel.ComputeRiskWarnings";

    public override string TypeName => Type;

    public override string Description => "Raises risk warnings from credit, overdue, inventory and sales figures.";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("owner")];

    public override IReadOnlyList<string> Outputs { get; } = ["count", "findings", "createdIds"];
}
