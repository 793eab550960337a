using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Tasks;

public sealed record TaskView(
    Guid Id,
    string Title,
    string? Description,
    string Status,
    string? Role,
    string? AssigneeUserId,
    Guid? RecordId,
    string InstanceId,
    string? Outcome,
    string? Comment,
    string? CompletedByUserId,
    DateTime CreatedAt,
    DateTime? CompletedAt)
{
    public string Kind { get; init; } = TaskKinds.Approval;

    public DateTime? DueAt { get; init; }

    /// <summary>What the step does once <see cref="DueAt"/> passes (Approve, Reject, Escalate); null for nothing but the badge.</summary>
    public string? OverdueAction { get; init; }

    public Guid? ParentTaskId { get; init; }

    public string? AddedPosition { get; init; }

    public static TaskView From(WorkflowTask t) => new(
        t.Id, t.Title, t.Description, t.Status, t.Role, t.AssigneeUserId, t.RecordId, t.InstanceId,
        t.Outcome, t.Comment, t.CompletedByUserId, t.CreatedAt, t.CompletedAt)
    {
        Kind = t.Kind,
        DueAt = t.DueAt,
        OverdueAction = t.OverdueAction,
        ParentTaskId = t.ParentTaskId,
        AddedPosition = t.AddedPosition,
    };
}
