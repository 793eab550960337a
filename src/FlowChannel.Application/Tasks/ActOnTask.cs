using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>An approver's decision on a task; resumes the workflow exactly once.</summary>
public sealed record ActOnTask(Actor Actor, Guid TaskId, string Action, string? Comment) : ICommand<TaskView>;

public sealed class ActOnTaskHandler(FlowChannelDbContext db, WorkflowEngine engine, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<ActOnTask, TaskView>
{
    public async ValueTask<TaskView> Handle(ActOnTask command, CancellationToken cancellationToken)
    {
        var outcome = command.Action.ToLowerInvariant() switch
        {
            "approve" => "Approved",
            "reject" => "Rejected",
            _ => throw new BadRequestException($"Unknown action '{command.Action}'; this task supports approve and reject."),
        };
        var comment = string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
        if (outcome == "Rejected" && comment is null)
        {
            throw new RecordValidationException([new FieldError("comment", "required", "A rejection needs a comment for the applicant.")]);
        }

        var task = await db.WorkflowTasks.FirstOrDefaultAsync(t => t.Id == command.TaskId, cancellationToken)
            ?? throw new NotFoundException("Task", command.TaskId.ToString());
        if (!TaskAccess.CanAct(command.Actor, task))
        {
            throw new ForbiddenException("This task is assigned to someone else.");
        }
        if (task.Status != TaskStatuses.Open)
        {
            throw new ConflictException($"This task is already {task.Status}.");
        }

        task.Status = TaskStatuses.Completed;
        task.Outcome = outcome;
        task.Comment = comment;
        task.CompletedByUserId = command.Actor.UserId;
        task.CompletedAt = clock.GetUtcNow().UtcDateTime;

        var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == task.InstanceId, cancellationToken)
            ?? throw new NotFoundException("Workflow instance", task.InstanceId);
        var input = new JsonObject
        {
            ["outcome"] = outcome,
            ["comment"] = comment,
            ["actorId"] = command.Actor.UserId,
            ["actorName"] = command.Actor.DisplayName,
        };
        await engine.ResumeAsync(instance, task.BookmarkId, input, cancellationToken);
        audit.Write(command.Actor, "task." + command.Action.ToLowerInvariant(), "WorkflowTask", task.Id.ToString(), comment);
        return TaskView.From(task);
    }
}
