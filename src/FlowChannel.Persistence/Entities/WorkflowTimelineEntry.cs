namespace FlowChannel.Persistence.Entities;

/// <summary>
/// One thing that happened to a workflow instance's people-facing side: a task assigned, approved, returned,
/// transferred, a signer added, a comment, a reminder, an automatic decision. The instance's history as people read it.
/// </summary>
public sealed class WorkflowTimelineEntry
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string InstanceId { get; set; }
    public Guid? TaskId { get; set; }
    public string? ActivityId { get; set; }

    /// <summary>What happened, one of <see cref="TimelineActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>Who did it; null for the system (a due time, an automatic skip).</summary>
    public string? ActorUserId { get; set; }
    public string? ActorName { get; set; }

    /// <summary>Whom it concerns: the new assignee of a transfer, an added signer, a reminded approver.</summary>
    public string? TargetUserId { get; set; }
    public string? Comment { get; set; }

    /// <summary>Ids of uploaded files attached to the comment, as a JSON array.</summary>
    public string? AttachmentsJson { get; set; }
    public DateTime At { get; set; } = DateTime.UtcNow;
}

public static class TimelineActions
{
    public const string Assigned = "assigned";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Returned = "returned";
    public const string Resubmitted = "resubmitted";
    public const string Transferred = "transferred";
    public const string SignerAdded = "signerAdded";
    public const string Commented = "commented";
    public const string Reminded = "reminded";
    public const string Skipped = "skipped";
    public const string Escalated = "escalated";
    public const string AutoApproved = "autoApproved";
    public const string AutoRejected = "autoRejected";

    /// <summary>The submitter withdrew the submission; the flow was cancelled.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>A task went to the assignee's out-of-office delegate (the target); the comment names whom it was for.</summary>
    public const string Delegated = "delegated";
}
