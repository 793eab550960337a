namespace FlowChannel.Persistence.Entities;

/// <summary>A submitted record of a form, its data kept as JSON.</summary>
public sealed class FormRecord : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string FormId { get; set; }
    public int FormVersion { get; set; }
    public required string DataJson { get; set; }

    /// <summary>Where the record stands in its workflow: submitted, inReview, approved, rejected…</summary>
    public string Status { get; set; } = RecordStatuses.Submitted;

    /// <summary>Last comment written by the workflow (e.g. the approver's reason).</summary>
    public string? StatusComment { get; set; }

    /// <summary>The user whose data this is (object-level access); the submitter unless a workflow says otherwise.</summary>
    public string? OwnerUserId { get; set; }
    public required string CreatedByUserId { get; set; }

    /// <summary>The partner organisation the record belongs to (its partner-profile record's id): "my partner's" scopes.</summary>
    public Guid? PartnerId { get; set; }

    /// <summary>The submitter's department when it was submitted: "my department" scopes.</summary>
    public Guid? DepartmentId { get; set; }
    public string? WorkflowInstanceId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public int Version { get; set; }

    /// <summary>Set when the record is deleted: it disappears from every query (a model-wide filter) but is kept for restore and history.</summary>
    public DateTime? DeletedAt { get; set; }
    public string? DeletedByUserId { get; set; }
}

public static class RecordStatuses
{
    public const string Submitted = "submitted";
    public const string InReview = "inReview";
    public const string Approved = "approved";
    public const string Rejected = "rejected";

    /// <summary>Taken back by its submitter before anyone approved it; its flow was cancelled.</summary>
    public const string Withdrawn = "withdrawn";
}
