namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>The outcomes of <c>FlowChannel.Approval</c>, and the resume values the host sends it.</summary>
public static class ApprovalOutcomes
{
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    /// <summary>Sent back to the submitter (when the port is connected) or to an earlier approval.</summary>
    public const string Returned = "Returned";

    /// <summary>The due time passed and the step is set to escalate.</summary>
    public const string Escalated = "Escalated";

    /// <summary>Not an outcome: the submitter resubmitted a returned record, so the step asks again.</summary>
    public const string Resubmitted = "Resubmitted";

    /// <summary>Where a return goes when it names no earlier approval.</summary>
    public const string Submitter = "submitter";

    public static IReadOnlyList<string> All { get; } = [Approved, Rejected, Returned, Escalated];
}
