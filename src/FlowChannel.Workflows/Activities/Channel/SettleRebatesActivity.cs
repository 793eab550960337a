namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// <c>FlowChannel.SettleRebates</c>: settles one rebate program period-to-date for every partner with sales (or
/// collections) in its year: earned on the basis to date less what earlier statements settled, negative for a
/// clawback. Creates the period's rebate-statement records, or updates them when the period is settled again.
/// <c>program</c> is the program record's id or code (default: every active program of the period's year); <c>period</c> is <c>yyyy-MM</c> or <c>yyyy-Qn</c> (default:
/// the month before now). Outputs <c>statements</c> and <c>total</c>.
/// </summary>
public sealed class SettleRebatesActivity : ChannelActivity
{
    public const string Type = "FlowChannel.SettleRebates";

    public override string TypeName => Type;

    public override string Description => "Settles a rebate program period-to-date into rebate statements, with clawback.";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("program"), new("period")];

    public override IReadOnlyList<string> Outputs { get; } = ["statements", "total", "createdIds"];
}
