using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Approvals;

/// <summary>A round decided the moment it opened (everyone skipped, nobody to ask): the bookmark to resume and how.</summary>
public sealed record ImmediateDecision(string BookmarkId, JsonObject Input);

/// <summary>What opening the rounds of a step produced besides tasks.</summary>
public sealed record OpenedRounds(IReadOnlyList<ImmediateDecision> Decisions);

/// <summary>
/// Opens an approval round for each approval bookmark a step created: resolves the approvers, makes their tasks
/// (only the first one open in an in-order round), skips approvers who already approved in this instance when the
/// step says so, and falls back to the administrators when nobody was found.
/// </summary>
public sealed class ApprovalRounds(FlowChannelDbContext db, ApproverResolver resolver, Timeline timeline, TimeProvider clock,
    Tasks.Delegation.TaskDelegations delegations)
{
    public const string SystemName = "FlowChannel";

    public async Task<OpenedRounds> OpenAsync(WorkflowInstance instance, IReadOnlyList<Bookmark> bookmarks, CancellationToken ct)
    {
        var decisions = new List<ImmediateDecision>();
        foreach (var bookmark in bookmarks.Where(b => b.ActivityType == ApprovalActivity.Type))
        {
            if (ApprovalRequest.IsResubmit(bookmark.Payload))
            {
                await OpenResubmitAsync(instance, bookmark, ct);
                continue;
            }

            var request = ApprovalRequest.FromPayload(bookmark.Payload);
            var decision = await OpenRoundAsync(instance, bookmark, request, ct);
            if (decision is not null)
            {
                decisions.Add(new ImmediateDecision(bookmark.Id, decision));
            }
        }

        return new OpenedRounds(decisions);
    }

    private async Task<JsonObject?> OpenRoundAsync(WorkflowInstance instance, Bookmark bookmark, ApprovalRequest request, CancellationToken ct)
    {
        var recordId = Guid.TryParse(request.RecordId, out var id) ? id : (Guid?)null;
        // Only approvers named by a field of the record need its data.
        var data = recordId is { } readId && request.Approvers.Any(a => a.Type == ApproverSpec.Field) ? await RecordDataAsync(readId, ct) : null;
        var approvers = await resolver.ResolveAsync(request.Approvers, new ApprovalSubject(instance.InitiatorUserId, data is null ? null : JsonNode.Parse(data) as JsonObject), ct);
        if (approvers.Count == 0)
        {
            switch (request.WhenNoApprover)
            {
                case NoApproverAction.Approve:
                    return Decision(ApprovalOutcomes.Approved, "No approver was found; approved automatically.", []);
                case NoApproverAction.Fault:
                    return new JsonObject { ["fault"] = "No approver was found for this step (its approvers resolved to nobody)." };
                default:
                    // Any one administrator unblocks the flow; asking all of them would be asking too much.
                    approvers = await resolver.AdministratorsAsync(ct);
                    request = request with { Mode = ApprovalMode.AnyOne };
                    break;
            }
        }

        var alreadyApproved = request.AutoSkip ? await ApprovedEarlierAsync(instance.Id, bookmark.ActivityId, approvers, ct) : [];
        var policy = request.ToPayload().ToJsonString();
        var tasks = approvers.Select((user, index) => NewTask(instance, bookmark, request, policy, recordId, user, index)).ToList();
        foreach (var task in tasks.Where(t => alreadyApproved.Contains(t.AssigneeUserId!)))
        {
            task.Status = TaskStatuses.Completed;
            task.Outcome = ApprovalOutcomes.Approved;
            task.Comment = "Approved earlier in this process; skipped.";
            task.CompletedByUserId = task.AssigneeUserId;
            task.CompletedAt = clock.GetUtcNow().UtcDateTime;
            timeline.Add(task, TimelineActions.Skipped, null, SystemName, task.Comment, task.AssigneeUserId);
        }

        var votes = ApprovalVotes.Of(tasks);
        if (request.Mode == ApprovalMode.InOrder && ApprovalTally.NextInOrder(votes) is { } next)
        {
            foreach (var task in tasks.Where(t => t.Status == TaskStatuses.Open && t.Sequence != next))
            {
                task.Status = TaskStatuses.Waiting;
            }
        }

        await delegations.ApplyAsync(instance, tasks, ct);
        db.WorkflowTasks.AddRange(tasks);
        foreach (var task in tasks.Where(t => t.Status == TaskStatuses.Open))
        {
            TaskDueTimes.Start(task, request, clock.GetUtcNow().UtcDateTime);
            timeline.Add(task, TimelineActions.Assigned, null, SystemName, targetUserId: task.AssigneeUserId);
        }

        var outcome = ApprovalTally.Decide(request.Mode, request.Percentage, votes);
        if (outcome is null)
        {
            return null;
        }

        foreach (var task in tasks.Where(t => t.Status is TaskStatuses.Open or TaskStatuses.Waiting))
        {
            task.Status = TaskStatuses.Cancelled;
        }

        return Decision(outcome, "Every approver had approved earlier in this process.", tasks);
    }

    /// <summary>The record's data as this unit of work has it: a record submitted or changed in it is not stored yet.</summary>
    private async Task<string?> RecordDataAsync(Guid recordId, CancellationToken ct) =>
        db.FormRecords.Local.FirstOrDefault(r => r.Id == recordId) is { DeletedAt: null } tracked
            ? tracked.DataJson
            : await db.FormRecords.AsNoTracking().Where(r => r.Id == recordId).Select(r => r.DataJson).FirstOrDefaultAsync(ct);

    private WorkflowTask NewTask(WorkflowInstance instance, Bookmark bookmark, ApprovalRequest request, string policy, Guid? recordId, string user, int index) => new()
    {
        InstanceId = instance.Id,
        BookmarkId = bookmark.Id,
        ActivityId = bookmark.ActivityId,
        Title = request.Title ?? bookmark.ActivityName ?? "Approval",
        Description = request.Description,
        AssigneeUserId = user,
        RecordId = recordId,
        Sequence = index,
        PolicyJson = policy,
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    };

    /// <summary>
    /// Who approved in this instance since it was last returned or resubmitted, at another step: a return means the
    /// record is to be looked at again, so approvals from before it no longer count, nor the step's own earlier ones.
    /// </summary>
    private async Task<HashSet<string>> ApprovedEarlierAsync(string instanceId, string activityId, IReadOnlyList<string> approvers, CancellationToken ct)
    {
        var resets = new[] { TimelineActions.Returned, TimelineActions.Resubmitted };
        var storedReset = await db.WorkflowTimeline.AsNoTracking()
            .Where(e => e.InstanceId == instanceId && resets.Contains(e.Action))
            .MaxAsync(e => (DateTime?)e.At, ct);
        var since = db.WorkflowTimeline.Local.Where(e => e.InstanceId == instanceId && resets.Contains(e.Action))
            .Select(e => (DateTime?)e.At).Append(storedReset).Max() ?? DateTime.MinValue;
        var stored = await db.WorkflowTasks.AsNoTracking()
            .Where(t => t.InstanceId == instanceId && t.ActivityId != activityId && t.Outcome == ApprovalOutcomes.Approved
                && t.CompletedAt > since && t.CompletedByUserId != null && approvers.Contains(t.CompletedByUserId))
            .Select(t => t.CompletedByUserId!)
            .ToListAsync(ct);
        // The decision that led here is in this unit of work, not yet in the database.
        var pending = db.WorkflowTasks.Local
            .Where(t => t.InstanceId == instanceId && t.ActivityId != activityId && t.Outcome == ApprovalOutcomes.Approved
                && t.CompletedAt > since && t.CompletedByUserId is { } user && approvers.Contains(user))
            .Select(t => t.CompletedByUserId!);
        return [.. stored, .. pending];
    }

    /// <summary>The submitter revises the returned record; their resubmission asks the step's approvers again.</summary>
    private async Task OpenResubmitAsync(WorkflowInstance instance, Bookmark bookmark, CancellationToken ct)
    {
        var payload = bookmark.Payload;
        var assignee = instance.InitiatorUserId ?? (await resolver.AdministratorsAsync(ct)).FirstOrDefault();
        var task = new WorkflowTask
        {
            InstanceId = instance.Id,
            BookmarkId = bookmark.Id,
            ActivityId = bookmark.ActivityId,
            Kind = TaskKinds.Resubmit,
            Title = Text(payload, "title") ?? bookmark.ActivityName ?? "Approval",
            Description = Text(payload, "comment"),
            AssigneeUserId = assignee,
            Role = assignee is null ? Common.RoleNames.Admin : null,
            RecordId = Guid.TryParse(Text(payload, "recordId"), out var recordId) ? recordId : null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.WorkflowTasks.Add(task);
        timeline.Add(task, TimelineActions.Assigned, null, SystemName, targetUserId: assignee);
    }

    /// <summary>The resume input of a decided round: its outcome and everyone's decisions, oldest first.</summary>
    public static JsonObject Decision(string outcome, string? comment, IReadOnlyList<WorkflowTask> round, string? actorId = null,
        string? actorName = null, string? returnTo = null) => new()
    {
        ["outcome"] = outcome,
        ["comment"] = comment,
        ["actorId"] = actorId,
        ["actorName"] = actorName ?? SystemName,
        ["returnTo"] = returnTo,
        ["decisions"] = Decisions(round),
    };

    /// <summary>Who decided what in the round, oldest first: the step's <c>decisions</c> output.</summary>
    public static JsonArray Decisions(IEnumerable<WorkflowTask> round) =>
        new([.. round.Where(t => t.Status == TaskStatuses.Completed).OrderBy(t => t.CompletedAt)
            .Select(t => (JsonNode)new JsonObject
            {
                ["userId"] = t.CompletedByUserId,
                ["outcome"] = t.Outcome,
                ["comment"] = t.Comment,
                ["at"] = t.CompletedAt,
            })]);

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
