namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// <c>FlowChannel.AllocateLead</c>: gives the lead <c>recordId</c> to a partner by the allocation rules admins keep in
/// the lead-rule form (the most specific covering rule first, its picker, its premium cap; with no rule, contribution-
/// weighted round robin over every lead); premium leads rotate among core and strategic partners under the rule's cap,
/// else <c>premiumCap</c>, a month. Candidates come from the active partner profiles and their
/// contribution scores. A lead whose assignment expired or was declined is reassigned, leaving out the partners who
/// let it go. Writes the assignment, the accept-by time (<c>acceptWithin</c>, default 2 days) and the allocation
/// log onto the lead. Completes <c>Assigned</c>, <c>Unassigned</c> or <c>Kept</c>; outputs <c>partnerId</c>, <c>acceptBy</c>, <c>log</c>.
/// </summary>
public sealed class AllocateLeadActivity : ChannelActivity
{
    public const string Type = "FlowChannel.AllocateLead";
    public const string Assigned = "Assigned";
    public const string Unassigned = "Unassigned";

    /// <summary>The lead was accepted, or its assignment is still within the time to accept: nothing changed.</summary>
    public const string Kept = "Kept";

    public override string TypeName => Type;

    public override string Description => "Assigns a lead to a partner by the allocation rules and logs the decision.";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
        [new("recordId"), new("acceptWithin", "TimeSpan"), new("premiumCap", "Int32")];

    public override IReadOnlyList<string> Outputs { get; } = ["partnerId", "partnerName", "acceptBy", "log"];

    public override IReadOnlyList<string> Outcomes { get; } = [Assigned, Unassigned, Kept];
}
