namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>What an approver may do with a task; each step lists the ones it allows.</summary>
public static class ApprovalAction
{
    public const string Approve = "approve";
    public const string Reject = "reject";
    public const string Return = "return";
    public const string Transfer = "transfer";
    public const string AddSigner = "addSigner";
    public const string Comment = "comment";

    public static IReadOnlyList<string> All { get; } = [Approve, Reject, Return, Transfer, AddSigner, Comment];

    /// <summary>The action's canonical spelling, or null when it is not one.</summary>
    public static string? Normalize(string? action) =>
        All.FirstOrDefault(a => string.Equals(a, action?.Trim(), StringComparison.OrdinalIgnoreCase));
}
