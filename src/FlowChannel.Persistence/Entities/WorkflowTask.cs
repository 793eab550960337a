namespace FlowChannel.Persistence.Entities;

/// <summary>
/// A human task in someone's inbox, made from a workflow's approval bookmark: one per approver of the round (all
/// sharing the bookmark), one per signer an approver added, or the submitter's task to revise a returned record.
/// </summary>
public sealed class WorkflowTask : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string InstanceId { get; set; }
    public required string BookmarkId { get; set; }
    public required string ActivityId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>Role whose members may act on the task; null when only <see cref="AssigneeUserId"/> may.</summary>
    public string? Role { get; set; }
    public string? AssigneeUserId { get; set; }
    public Guid? RecordId { get; set; }

    /// <summary><see cref="TaskKinds.Approval"/> or <see cref="TaskKinds.Resubmit"/>.</summary>
    public string Kind { get; set; } = TaskKinds.Approval;

    /// <summary>The approver's place in the round's list: the order of an in-order round.</summary>
    public int Sequence { get; set; }

    /// <summary>For a signer added by an approver: that approver's task, whose vote waits for this one.</summary>
    public Guid? ParentTaskId { get; set; }

    /// <summary>"before" or "after" for an added signer; null for the round's own approvers.</summary>
    public string? AddedPosition { get; set; }
    public DateTime? DueAt { get; set; }
    public DateTime? RemindAt { get; set; }
    public DateTime? RemindedAt { get; set; }

    /// <summary>What passing <see cref="DueAt"/> does (approve, reject, escalate); null when it only shows as overdue.</summary>
    public string? OverdueAction { get; set; }

    /// <summary>The step's approval request (mode, actions, field permissions, overdue action) as JSON.</summary>
    public string? PolicyJson { get; set; }
    public string Status { get; set; } = TaskStatuses.Open;
    public string? Outcome { get; set; }
    public string? Comment { get; set; }
    public string? CompletedByUserId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? CompletedAt { get; set; }
    public int Version { get; set; }
}

public static class TaskStatuses
{
    public const string Open = "open";

    /// <summary>Not yet anyone's turn: later in an in-order round, or waiting for a signer added before.</summary>
    public const string Waiting = "waiting";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}

public static class TaskKinds
{
    public const string Approval = "approval";

    /// <summary>The submitter's task to revise and resubmit a record an approver returned.</summary>
    public const string Resubmit = "resubmit";
}
