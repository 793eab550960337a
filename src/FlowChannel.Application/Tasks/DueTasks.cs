using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Approvals;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>Open tasks whose reminder or overdue action is due at <paramref name="Now"/>: what the scheduler handles next.</summary>
public sealed record ListDueTasks(DateTime Now, int Take = 100, IReadOnlyCollection<Guid>? Excluding = null) : IQuery<IReadOnlyList<Guid>>;

public sealed class ListDueTasksHandler(FlowChannelDbContext db) : IQueryHandler<ListDueTasks, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListDueTasks query, CancellationToken cancellationToken)
    {
        var due = db.WorkflowTasks.AsNoTracking().Where(t => t.Status == TaskStatuses.Open
            && ((t.RemindAt <= query.Now && t.RemindedAt == null) || (t.OverdueAction != null && t.DueAt <= query.Now)));
        if (query.Excluding is { Count: > 0 } excluding)
        {
            due = due.Where(t => !excluding.Contains(t.Id));
        }
        return await due.OrderBy(t => t.DueAt).Take(query.Take).Select(t => t.Id).ToListAsync(cancellationToken);
    }
}

/// <summary>
/// Handles one due task: sends its reminder (in the inbox and by e-mail), and once it is overdue applies the step's
/// overdue action as the system — approve or reject this approver's vote, or end the round with <c>Escalated</c> —
/// and tells the approver (in the inbox and by e-mail) what was done.
/// </summary>
/// <returns>What was done: "reminded", the overdue action, "cancelled" for a task whose step is gone, or null.</returns>
public sealed record HandleDueTask(Guid TaskId, DateTime Now) : ICommand<string?>;

public sealed class HandleDueTaskHandler(FlowChannelDbContext db, ApprovalDecisions decisions, Timeline timeline)
    : ICommandHandler<HandleDueTask, string?>
{
    private const string SystemComment = "The due time passed.";

    public async ValueTask<string?> Handle(HandleDueTask command, CancellationToken cancellationToken)
    {
        var task = await Workflows.WorkflowQueries.TaskAsync(db, command.TaskId, cancellationToken);
        if (task is null || task.Status != TaskStatuses.Open)
        {
            return null;
        }

        var instance = await decisions.ClaimInstanceAsync(task, cancellationToken);
        if (!decisions.IsLive(instance, task, await decisions.RoundAsync(task, cancellationToken)))
        {
            return TaskStatuses.Cancelled;
        }

        if (task.OverdueAction is { } action && task.DueAt <= command.Now && Enum.TryParse<OverdueAction>(action, out var overdue))
        {
            await ApplyOverdueAsync(instance, task, overdue, command.Now, cancellationToken);
            await OverdueNoticeAsync(task, overdue, cancellationToken);
            return action;
        }

        if (task.RemindAt <= command.Now && task.RemindedAt is null)
        {
            task.RemindedAt = command.Now;
            await RemindAsync(task, cancellationToken);
            return TimelineActions.Reminded;
        }

        return null;
    }

    private async Task ApplyOverdueAsync(WorkflowInstance instance, WorkflowTask task, OverdueAction overdue, DateTime now, CancellationToken ct)
    {
        if (overdue == OverdueAction.Escalate)
        {
            task.Status = TaskStatuses.Completed;
            task.Outcome = ApprovalOutcomes.Escalated;
            task.Comment = SystemComment;
            task.CompletedAt = now;
            timeline.Add(task, TimelineActions.Escalated, null, ApprovalRounds.SystemName, SystemComment, task.AssigneeUserId);
            await decisions.EndRoundAsync(instance, task, ApprovalRounds.Decision(ApprovalOutcomes.Escalated, SystemComment, []), ct);
            return;
        }

        var approve = overdue == OverdueAction.Approve;
        task.Status = TaskStatuses.Completed;
        task.Outcome = approve ? ApprovalOutcomes.Approved : ApprovalOutcomes.Rejected;
        task.Comment = SystemComment;
        task.CompletedAt = now;
        timeline.Add(task, approve ? TimelineActions.AutoApproved : TimelineActions.AutoRejected, null, ApprovalRounds.SystemName, SystemComment, task.AssigneeUserId);
        await decisions.AfterVoteAsync(instance, task, null, ApprovalRounds.SystemName, ct);
    }

    private async Task RemindAsync(WorkflowTask task, CancellationToken ct)
    {
        var due = task.DueAt is { } at ? $" It is due at {at:yyyy-MM-dd HH:mm} UTC." : "";
        await TaskNotices.SendAsync(db, task, "reminder", $"Reminder: {task.Title}", $"A task is waiting for your decision.{due}", ct);
        timeline.Add(task, TimelineActions.Reminded, null, ApprovalRounds.SystemName, targetUserId: task.AssigneeUserId);
    }

    /// <summary>Tells the approver what the step did for them once their time ran out.</summary>
    private Task OverdueNoticeAsync(WorkflowTask task, OverdueAction overdue, CancellationToken ct)
    {
        var what = overdue switch
        {
            OverdueAction.Approve => "it was approved automatically",
            OverdueAction.Reject => "it was rejected automatically",
            _ => "it was escalated",
        };
        var due = task.DueAt is { } at ? $" at {at:yyyy-MM-dd HH:mm} UTC" : "";
        return TaskNotices.SendAsync(db, task, "overdue", $"Overdue: {task.Title}", $"The task passed its due time{due}, so {what}.", ct);
    }
}
