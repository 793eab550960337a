namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// <c>FlowChannel.SumOrderPayments</c>: for the partner <c>partnerId</c>, sums the payments recorded against each of
/// its sales orders and writes the sum into every order whose collected amount (<c>collectedAmount</c>, from
/// sales-order version 2) differs. Summing the partner's orders, not one, keeps an order right when a payment moved
/// to another order or was deleted. Outputs <c>updated</c>, the number of orders changed.
/// </summary>
public sealed class SumOrderPaymentsActivity : ChannelActivity
{
    public const string Type = "FlowChannel.SumOrderPayments";

    public override string TypeName => Type;

    public override string Description => "Updates the collected amount of a partner's sales orders from their payments.";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("partnerId")];

    public override IReadOnlyList<string> Outputs { get; } = ["updated", "createdIds"];
}
