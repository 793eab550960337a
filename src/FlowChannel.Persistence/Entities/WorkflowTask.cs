namespace FlowChannel.Persistence.Entities;

/// <summary>A human task in someone's inbox, created from a workflow's approval bookmark.</summary>
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
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
