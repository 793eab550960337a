using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Workflows;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>
/// The submitter takes back a submission whose flow nobody has approved yet (撤回): the flow is cancelled, its open
/// tasks close as withdrawn, the record says so, and the timeline and audit log show who did it and why.
/// </summary>
/// <remarks>Names either the record (<see cref="RecordId"/>) or, for a flow started without one, the instance.</remarks>
public sealed record WithdrawSubmission(Actor Actor, Guid? RecordId, string? InstanceId, string? Comment) : ICommand<WithdrawResult>, IRetriedOnConflict;

public sealed record WithdrawResult(Guid? RecordId, string? RecordStatus, string InstanceId, int ClosedTasks);

public sealed class WithdrawSubmissionHandler(FlowChannelDbContext db, RecordPermissions permissions, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<WithdrawSubmission, WithdrawResult>
{
    /// <summary>The outcome of a task closed because its submission was withdrawn, spelled like the approval outcomes.</summary>
    public const string WithdrawnOutcome = "Withdrawn";

    /// <summary>Timeline actions that mean someone (or the system for them) already said yes.</summary>
    internal static readonly string[] ApprovalActions = [TimelineActions.Approved, TimelineActions.AutoApproved, TimelineActions.Skipped];

    public async ValueTask<WithdrawResult> Handle(WithdrawSubmission command, CancellationToken cancellationToken)
    {
        var (record, instance) = await FindAsync(command, cancellationToken);
        if (instance.FinishedAt is not null || instance.Status == nameof(WorkflowStatus.Finished))
        {
            throw new ConflictException($"The approval flow of this record has already ended ({instance.SubStatus}); it can no longer be withdrawn.");
        }
        var approval = await db.WorkflowTimeline.AsNoTracking()
            .Where(e => e.InstanceId == instance.Id && ApprovalActions.Contains(e.Action))
            .OrderBy(e => e.At)
            .FirstOrDefaultAsync(cancellationToken);
        if (approval is not null)
        {
            throw new ConflictException($"{approval.ActorName ?? "An approver"} already approved a step on {approval.At:yyyy-MM-dd HH:mm} UTC; "
                + "a submission can be withdrawn only before anyone approves it.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
        var state = WorkflowInstanceState.FromJson(instance.StateJson);
        state.Status = WorkflowStatus.Finished;
        state.SubStatus = WorkflowSubStatus.Cancelled;
        state.Bookmarks.Clear();
        // The instance row's concurrency token makes an approval committed meanwhile and this withdrawal exclusive.
        instance.StateJson = state.ToJson();
        instance.Status = state.Status.ToString();
        instance.SubStatus = state.SubStatus.ToString();
        instance.UpdatedAt = now;
        instance.FinishedAt = now;
        await db.WorkflowBookmarks.Where(b => b.InstanceId == instance.Id).ExecuteDeleteAsync(cancellationToken);

        var open = await db.WorkflowTasks
            .Where(t => t.InstanceId == instance.Id && (t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Waiting))
            .ToListAsync(cancellationToken);
        foreach (var task in open)
        {
            task.Status = TaskStatuses.Cancelled;
            task.Outcome = WithdrawnOutcome;
            task.Comment = comment;
            task.CompletedAt = now;
        }
        if (record is not null)
        {
            record.Status = RecordStatuses.Withdrawn;
            record.StatusComment = comment;
            record.UpdatedAt = now;
        }
        db.WorkflowTimeline.Add(new WorkflowTimelineEntry
        {
            InstanceId = instance.Id,
            Action = TimelineActions.Withdrawn,
            ActorUserId = command.Actor.UserId,
            ActorName = command.Actor.DisplayName,
            Comment = comment,
            At = now,
        });
        audit.Write(command.Actor, "workflow.withdraw", "WorkflowInstance", instance.Id, record is null ? comment : $"record {record.Id}: {comment}");
        return new WithdrawResult(record?.Id, record?.Status, instance.Id, open.Count);
    }

    /// <summary>
    /// The submission and its flow, once it is clear the caller submitted it. A record they may not see, or a flow they
    /// neither started, took part in nor oversee, is not found; one they see but did not submit is forbidden.
    /// </summary>
    private async Task<(FormRecord? Record, WorkflowInstance Instance)> FindAsync(WithdrawSubmission command, CancellationToken ct)
    {
        var actor = command.Actor;
        if (command.RecordId is { } recordId)
        {
            var (record, _) = await permissions.FindAsync(actor, recordId, FormAction.View, ct, track: true);
            if (record.CreatedByUserId != actor.UserId)
            {
                throw new ForbiddenException("Only the person who submitted this record may withdraw it.");
            }
            var flow = record.WorkflowInstanceId is { } flowId ? await WorkflowQueries.InstanceAsync(db, flowId, ct) : null;
            return flow is null
                ? throw new ConflictException("This record is not in an approval flow, so there is nothing to withdraw.")
                : (record, flow);
        }

        var id = command.InstanceId ?? "";
        var instance = await WorkflowQueries.InstanceAsync(db, id, ct) ?? throw new NotFoundException("Workflow instance", id);
        if (instance.InitiatorUserId != actor.UserId)
        {
            var involved = actor.SeesAllPartners
                || await TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), actor).AnyAsync(t => t.InstanceId == id, ct);
            throw involved ? new ForbiddenException("Only the person who started this flow may withdraw it.") : new NotFoundException("Workflow instance", id);
        }
        var linked = await db.FormRecords.FirstOrDefaultAsync(r => r.WorkflowInstanceId == id, ct);
        return (linked, instance);
    }
}
