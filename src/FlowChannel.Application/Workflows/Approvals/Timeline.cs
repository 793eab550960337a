using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Workflows.Approvals;

/// <summary>Writes the instance's people-facing history, in the caller's unit of work.</summary>
public sealed class Timeline(FlowChannelDbContext db, TimeProvider clock)
{
    public WorkflowTimelineEntry Add(WorkflowTask task, string action, string? actorUserId, string? actorName,
        string? comment = null, string? targetUserId = null, string? attachmentsJson = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        var entry = new WorkflowTimelineEntry
        {
            InstanceId = task.InstanceId,
            TaskId = task.Id,
            ActivityId = task.ActivityId,
            Action = action,
            ActorUserId = actorUserId,
            ActorName = actorName,
            TargetUserId = targetUserId,
            Comment = comment,
            AttachmentsJson = attachmentsJson,
            At = clock.GetUtcNow().UtcDateTime,
        };
        db.WorkflowTimeline.Add(entry);
        return entry;
    }
}
