using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Approvals;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>What each task action does to the task, its round and the record; the caller has checked it is allowed.</summary>
public sealed class TaskActions(
    FlowChannelDbContext db,
    ApprovalDecisions decisions,
    ApproverResolver resolver,
    TaskRecordEdits edits,
    Timeline timeline,
    TimeProvider clock)
{
    /// <summary>How many files one comment may carry.</summary>
    public const int MaxAttachments = 20;

    public async Task VoteAsync(TaskActionContext context, string action, CancellationToken ct)
    {
        var approved = action == ApprovalAction.Approve;
        if (!approved && context.Comment is null)
        {
            throw new RecordValidationException([TaskActionContext.Required("comment", "A rejection needs a comment for the applicant.")]);
        }

        await edits.ApplyAsync(context.Task, context.Command.Data, context.Request, context.Actor, ct);
        Complete(context, approved ? ApprovalOutcomes.Approved : ApprovalOutcomes.Rejected);
        timeline.Add(context.Task, approved ? TimelineActions.Approved : TimelineActions.Rejected, context.Actor.UserId,
            context.Actor.DisplayName, context.Comment, attachmentsJson: context.AttachmentsJson);
        await decisions.AfterVoteAsync(context.Instance, context.Task, context.Actor.UserId, context.Actor.DisplayName, ct);
    }

    public async Task ReturnAsync(TaskActionContext context, CancellationToken ct)
    {
        var target = string.IsNullOrWhiteSpace(context.Command.ReturnTo) ? ApprovalOutcomes.Submitter : context.Command.ReturnTo.Trim();
        if (context.Comment is null)
        {
            throw new RecordValidationException([TaskActionContext.Required("comment", "A return needs a comment saying what to change.")]);
        }

        if (target != ApprovalOutcomes.Submitter && context.Request!.ReturnTargets.All(t => t.ActivityId != target))
        {
            var allowed = string.Join(", ", [ApprovalOutcomes.Submitter, .. context.Request.ReturnTargets.Select(t => t.ActivityId)]);
            throw new RecordValidationException([new("returnTo", "invalid", $"'{target}' is not an earlier approval of this process; return to one of: {allowed}.")]);
        }

        await edits.ApplyAsync(context.Task, context.Command.Data, context.Request, context.Actor, ct);
        Complete(context, ApprovalOutcomes.Returned);
        timeline.Add(context.Task, TimelineActions.Returned, context.Actor.UserId, context.Actor.DisplayName, context.Comment,
            attachmentsJson: context.AttachmentsJson);
        await decisions.EndRoundAsync(context.Instance, context.Task,
            ApprovalRounds.Decision(ApprovalOutcomes.Returned, context.Comment, [], context.Actor.UserId, context.Actor.DisplayName, target), ct);
    }

    public async Task TransferAsync(TaskActionContext context, CancellationToken ct)
    {
        var target = await TargetAsync(context, ct);
        var task = context.Task;
        task.AssigneeUserId = target;
        task.Role = null;
        TaskDueTimes.Start(task, context.Request!, clock.GetUtcNow().UtcDateTime);
        timeline.Add(task, TimelineActions.Transferred, context.Actor.UserId, context.Actor.DisplayName, context.Comment, target, context.AttachmentsJson);
    }

    public async Task AddSignerAsync(TaskActionContext context, CancellationToken ct)
    {
        var position = context.Command.Position?.Trim().ToLowerInvariant() switch
        {
            null or "" or SignerPositions.Before => SignerPositions.Before,
            SignerPositions.After => SignerPositions.After,
            var other => throw new RecordValidationException([new("position", "invalid", $"'{other}' is not a position; use before or after.")]),
        };
        var target = await TargetAsync(context, ct);
        var task = context.Task;
        var signer = new WorkflowTask
        {
            InstanceId = task.InstanceId,
            BookmarkId = task.BookmarkId,
            ActivityId = task.ActivityId,
            Title = task.Title,
            Description = task.Description,
            RecordId = task.RecordId,
            AssigneeUserId = target,
            Sequence = task.Sequence,
            ParentTaskId = task.Id,
            AddedPosition = position,
            PolicyJson = task.PolicyJson,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        TaskDueTimes.Start(signer, context.Request!, signer.CreatedAt);
        db.WorkflowTasks.Add(signer);
        timeline.Add(task, TimelineActions.SignerAdded, context.Actor.UserId, context.Actor.DisplayName, context.Comment, target, context.AttachmentsJson);
        timeline.Add(signer, TimelineActions.Assigned, null, ApprovalRounds.SystemName, targetUserId: target);
        if (position == SignerPositions.Before)
        {
            task.Status = TaskStatuses.Waiting;
            return;
        }

        // Adding a signer after oneself is approving, with the signer's approval still to come.
        await edits.ApplyAsync(task, context.Command.Data, context.Request, context.Actor, ct);
        Complete(context, ApprovalOutcomes.Approved);
        timeline.Add(task, TimelineActions.Approved, context.Actor.UserId, context.Actor.DisplayName, context.Comment);
    }

    public Task CommentAsync(TaskActionContext context)
    {
        if (context.Comment is null && context.AttachmentsJson is null)
        {
            throw new RecordValidationException([TaskActionContext.Required("comment", "Write a comment or attach a file.")]);
        }

        timeline.Add(context.Task, TimelineActions.Commented, context.Actor.UserId, context.Actor.DisplayName, context.Comment,
            attachmentsJson: context.AttachmentsJson);
        return Task.CompletedTask;
    }

    public async Task ResubmitAsync(TaskActionContext context, CancellationToken ct)
    {
        await edits.ApplyAsync(context.Task, context.Command.Data, null, context.Actor, ct);
        Complete(context, ApprovalOutcomes.Resubmitted);
        timeline.Add(context.Task, TimelineActions.Resubmitted, context.Actor.UserId, context.Actor.DisplayName, context.Comment,
            attachmentsJson: context.AttachmentsJson);
        await decisions.EndRoundAsync(context.Instance, context.Task,
            ApprovalRounds.Decision(ApprovalOutcomes.Resubmitted, context.Comment, [], context.Actor.UserId, context.Actor.DisplayName), ct);
    }

    /// <summary>The attachments as a JSON array of file ids, after checking the actor uploaded each one.</summary>
    public async Task<string?> AttachmentsAsync(ActOnTask command, CancellationToken ct)
    {
        var ids = command.Attachments ?? [];
        if (ids.Count == 0)
        {
            return null;
        }

        if (ids.Count > MaxAttachments)
        {
            throw new RecordValidationException([new("attachments", "tooMany", $"A comment carries at most {MaxAttachments} files.")]);
        }

        var owned = await db.StoredFiles.AsNoTracking()
            .Where(f => ids.Contains(f.Id) && f.UploadedByUserId == command.Actor.UserId)
            .Select(f => f.Id)
            .ToListAsync(ct);
        var errors = ids.Select((id, i) => (id, i)).Where(x => !owned.Contains(x.id))
            .Select(x => new FlowChannel.Forms.Validation.FieldError($"attachments[{x.i}]", "unknownFile", $"'{x.id}' is not a file you uploaded."))
            .ToList();
        return errors.Count > 0 ? throw new RecordValidationException(errors) : new JsonArray([.. ids.Distinct().Select(id => (JsonNode?)id)]).ToJsonString();
    }

    private async Task<string> TargetAsync(TaskActionContext context, CancellationToken ct)
    {
        var key = context.Command.TargetUser?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            throw new RecordValidationException([TaskActionContext.Required("targetUser", "Choose the person.")]);
        }

        var found = await resolver.ResolveAsync([new ApproverSpec(ApproverSpec.User, key)], new ApprovalSubject(null, null), ct);
        if (found.Count == 0)
        {
            throw new RecordValidationException([new("targetUser", "unknownUser", $"No active user '{key}'.")]);
        }

        var target = found[0];
        var refusal = target == context.Actor.UserId ? "Choose someone other than yourself."
            : target == context.Instance.InitiatorUserId ? "The submitter cannot decide on their own request."
            : await IsPartnerAsync(target, ct) ? "Partner users cannot approve; choose a member of staff."
            : (await decisions.RoundAsync(context.Task, ct)).Any(t => t.AssigneeUserId == target && t.Status is TaskStatuses.Open or TaskStatuses.Waiting)
                ? "This person already has a task in this step."
            : null;
        return refusal is null ? target : throw new RecordValidationException([new("targetUser", "notAllowed", refusal)]);
    }

    /// <summary>Partner users see only their own partner's data, so a task about another record is not for them.</summary>
    private Task<bool> IsPartnerAsync(string userId, CancellationToken ct) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == RoleNames.Partner), ct);

    private void Complete(TaskActionContext context, string outcome)
    {
        var task = context.Task;
        task.Status = TaskStatuses.Completed;
        task.Outcome = outcome;
        task.Comment = context.Comment;
        task.CompletedByUserId = context.Actor.UserId;
        task.CompletedAt = clock.GetUtcNow().UtcDateTime;
    }
}
