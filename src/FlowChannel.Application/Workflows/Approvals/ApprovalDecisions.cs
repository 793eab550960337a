using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Approvals;

/// <summary>
/// Counts a round after one of its tasks was decided: opens the next approver of an in-order round or the approver
/// an added signer stood before, and once the mode says the round is decided, cancels the tasks left and resumes
/// the step with the outcome. Used by approvers' actions and by due times alike.
/// </summary>
public sealed class ApprovalDecisions(FlowChannelDbContext db, WorkflowEngine engine, LoadedTasks tasks, Timeline timeline, TimeProvider clock)
{
    /// <summary>
    /// Touches the instance so that two decisions on one instance in parallel cannot both read the round as
    /// undecided: the instance's concurrency token lets only one of them commit.
    /// </summary>
    public async Task<WorkflowInstance> ClaimInstanceAsync(WorkflowTask task, CancellationToken ct)
    {
        var instance = await WorkflowQueries.InstanceAsync(db, task.InstanceId, ct)
            ?? throw new NotFoundException("Workflow instance", task.InstanceId);
        instance.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        return instance;
    }

    /// <summary>
    /// <see cref="ClaimInstanceAsync"/> by the task's id, before the task is read: null when there is no such task.
    /// Read the round after this, never before: under read-committed isolation a round read after the instance is at
    /// least as new as the version the instance's concurrency token checks, so no decision counts an older round.
    /// </summary>
    public async Task<WorkflowInstance?> ClaimInstanceOfTaskAsync(Guid taskId, CancellationToken ct)
    {
        var instance = await WorkflowQueries.InstanceOfTaskAsync(db, taskId, ct);
        if (instance is not null)
        {
            instance.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }

        return instance;
    }

    /// <summary>After <paramref name="decided"/> was approved or rejected: moves the round on, or ends it.</summary>
    public async Task AfterVoteAsync(WorkflowInstance instance, WorkflowTask decided, string? actorId, string? actorName, CancellationToken ct)
    {
        var round = await RoundAsync(decided, ct);
        var request = Request(round);
        var principals = ApprovalVotes.Principals(round);
        if (decided.ParentTaskId is { } parentId && decided.Outcome == ApprovalOutcomes.Approved)
        {
            // The signer added before an approver has approved: the approver's turn comes, unless another waits first.
            var parent = round.FirstOrDefault(t => t.Id == parentId);
            if (parent is { Status: TaskStatuses.Waiting } && !HasSignersBefore(parent, round) && IsTurnOf(parent, principals, round, request))
            {
                Open(parent, request);
            }
        }

        var votes = ApprovalVotes.Of(round);
        var outcome = ApprovalTally.Decide(request.Mode, request.Percentage, votes);
        if (outcome is null)
        {
            if (request.Mode == ApprovalMode.InOrder && ApprovalTally.NextInOrder(votes) is { } next
                && principals[next] is { Status: TaskStatuses.Waiting } turn && !HasSignersBefore(turn, round))
            {
                Open(turn, request);
            }

            return;
        }

        await EndRoundAsync(instance, round, ApprovalRounds.Decision(outcome, decided.Comment, round, actorId, actorName), ct);
    }

    /// <summary>Ends the round at once with <paramref name="input"/> (a return, an escalation): the tasks left are cancelled.</summary>
    public async Task EndRoundAsync(WorkflowInstance instance, WorkflowTask task, JsonObject input, CancellationToken ct) =>
        await EndRoundAsync(instance, await RoundAsync(task, ct), input, ct);

    /// <summary>
    /// The tasks of the task's round, tracked: the decided task is the same object the caller changed. Read once per
    /// unit of work (<see cref="LoadedTasks"/>).
    /// </summary>
    public Task<List<WorkflowTask>> RoundAsync(WorkflowTask task, CancellationToken ct) => tasks.RoundAsync(task.BookmarkId, ct);

    private async Task EndRoundAsync(WorkflowInstance instance, List<WorkflowTask> round, JsonObject input, CancellationToken ct)
    {
        CancelOpen(round);

        // Decisions in the JSON were computed before the cancellations; recompute them from the final round.
        input["decisions"] = ApprovalRounds.Decisions(round);
        await engine.ResumeAsync(instance, round[0].BookmarkId, input, ct);
    }

    /// <summary>
    /// True when the round's bookmark is still open. A round whose step is gone (the instance moved on, was cancelled
    /// or faulted) has its leftover tasks cancelled here, so they neither sit in inboxes nor come up in every sweep.
    /// </summary>
    public bool IsLive(WorkflowInstance instance, WorkflowTask task, List<WorkflowTask> round)
    {
        if (InstanceStates.Read(instance).Bookmarks.Any(b => b.Id == task.BookmarkId))
        {
            return true;
        }

        CancelOpen(round);
        return false;
    }

    private void CancelOpen(List<WorkflowTask> round)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var task in round.Where(t => t.Status is TaskStatuses.Open or TaskStatuses.Waiting))
        {
            task.Status = TaskStatuses.Cancelled;
            task.CompletedAt = now;
        }
    }

    private void Open(WorkflowTask task, ApprovalRequest request)
    {
        task.Status = TaskStatuses.Open;
        TaskDueTimes.Start(task, request, clock.GetUtcNow().UtcDateTime);
        timeline.Add(task, TimelineActions.Assigned, null, ApprovalRounds.SystemName, targetUserId: task.AssigneeUserId);
    }

    private static bool HasSignersBefore(WorkflowTask task, List<WorkflowTask> round) =>
        round.Any(t => t.ParentTaskId == task.Id && t.AddedPosition == SignerPositions.Before && t.Status is TaskStatuses.Open or TaskStatuses.Waiting);

    /// <summary>In an in-order round only the first undecided approver may act; in other modes everyone may.</summary>
    private static bool IsTurnOf(WorkflowTask task, List<WorkflowTask> principals, List<WorkflowTask> round, ApprovalRequest request) =>
        task.ParentTaskId is not null || request.Mode != ApprovalMode.InOrder
        || ApprovalTally.NextInOrder(principals.Select(p => ApprovalVotes.Of(p, round)).ToList()) is { } next && principals[next].Id == task.Id;

    public static ApprovalRequest Request(IEnumerable<WorkflowTask> round) =>
        round.Select(t => t.PolicyJson).FirstOrDefault(p => p is not null) is { } json && JsonNode.Parse(json) is JsonObject payload
            ? ApprovalRequest.FromPayload(payload)
            : ApprovalRequest.FromPayload(new JsonObject { ["actions"] = new JsonArray(ApprovalAction.Approve, ApprovalAction.Reject) });
}

/// <summary>Where an added signer stands relative to the approver who added them.</summary>
public static class SignerPositions
{
    public const string Before = "before";
    public const string After = "after";
}
