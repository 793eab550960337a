namespace FlowChannel.Workflows.Activities.Channel;

/// <summary>
/// <c>FlowChannel.CheckDealConflict</c>: compares the deal registration <c>recordId</c> with the other partners'
/// active registrations of the same customer (credit code or normalised name) inside the protection window of
/// <c>windowDays</c> (default 90). Completes <c>Clear</c> or <c>Conflict</c>; outputs <c>matches</c> and
/// <c>note</c>, which is also written to the registration's conflict note.
/// </summary>
public sealed class CheckDealConflictActivity : ChannelActivity
{
    public const string Type = "FlowChannel.CheckDealConflict";
    public const string Clear = "Clear";
    public const string Conflict = "Conflict";

    public override string TypeName => Type;

    public override string Description => "Finds other partners' registrations of the same customer inside the protection window.";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("recordId"), new("windowDays", "Int32")];

    public override IReadOnlyList<string> Outputs { get; } = ["matches", "note", "duplicates"];

    public override IReadOnlyList<string> Outcomes { get; } = [Clear, Conflict];
}
