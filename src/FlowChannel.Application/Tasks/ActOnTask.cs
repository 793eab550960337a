using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows;
using FlowChannel.Application.Workflows.Approvals;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>
/// Someone acts on a task: approve, reject, return (to the submitter or an earlier approval), transfer, add a signer
/// before or after themselves, comment with attachments, or — the submitter on a returned record — resubmit.
/// <see cref="Data"/> changes the fields the step makes editable. A round resumes its workflow exactly once.
/// </summary>
public sealed record ActOnTask(Actor Actor, Guid TaskId, string Action, string? Comment) : ICommand<TaskView>, IRetriedOnConflict
{
    public JsonObject? Data { get; init; }

    /// <summary>The user a transfer or an added signer goes to: an id, user name or e-mail.</summary>
    public string? TargetUser { get; init; }

    /// <summary>A return's destination: <c>submitter</c> (the default) or an earlier approval's activity id.</summary>
    public string? ReturnTo { get; init; }

    /// <summary>An added signer's place: <c>before</c> (the default) or <c>after</c> the one adding them.</summary>
    public string? Position { get; init; }

    /// <summary>Ids of files the actor uploaded, attached to the comment.</summary>
    public IReadOnlyList<string>? Attachments { get; init; }
}

public sealed class ActOnTaskHandler(LoadedTasks loaded, ApprovalDecisions decisions, TaskActions actions, AuditTrail audit)
    : ICommandHandler<ActOnTask, TaskView>
{
    public const string Resubmit = "resubmit";

    public async ValueTask<TaskView> Handle(ActOnTask command, CancellationToken cancellationToken)
    {
        // The instance first, then the task with its round and its instance's open tasks, which deciding reads next.
        var claimed = await decisions.ClaimInstanceOfTaskAsync(command.TaskId, cancellationToken);
        var task = await loaded.TaskWithRoundAsync(command.TaskId, cancellationToken)
            ?? throw new NotFoundException("Task", command.TaskId.ToString());
        if (!TaskAccess.CanAct(command.Actor, task))
        {
            throw new ForbiddenException("This task is assigned to someone else.");
        }
        if (task.Status == TaskStatuses.Waiting)
        {
            throw new ConflictException("It is not this task's turn yet: an earlier approver or an added signer decides first.");
        }
        if (task.Status != TaskStatuses.Open)
        {
            throw new ConflictException($"This task is already {task.Status}.");
        }

        var request = task.Kind == TaskKinds.Resubmit ? null : ApprovalDecisions.Request([task]);
        var action = Allowed(command.Action, task, request);
        var instance = claimed ?? throw new NotFoundException("Workflow instance", task.InstanceId);
        if (!decisions.IsLive(instance, task, await decisions.RoundAsync(task, cancellationToken)))
        {
            throw new ConflictException("This step of the workflow has already moved on.");
        }
        var attachments = await actions.AttachmentsAsync(command, cancellationToken);
        var context = new TaskActionContext(command, task, instance, request, Comment(command), attachments);
        await (action switch
        {
            ApprovalAction.Approve or ApprovalAction.Reject => actions.VoteAsync(context, action, cancellationToken),
            ApprovalAction.Return => actions.ReturnAsync(context, cancellationToken),
            ApprovalAction.Transfer => actions.TransferAsync(context, cancellationToken),
            ApprovalAction.AddSigner => actions.AddSignerAsync(context, cancellationToken),
            ApprovalAction.Comment => actions.CommentAsync(context),
            _ => actions.ResubmitAsync(context, cancellationToken),
        });
        audit.Write(command.Actor, "task." + action.ToLowerInvariant(), "WorkflowTask", task.Id.ToString(), context.Comment);
        return TaskView.From(task);
    }

    /// <summary>The action's canonical name, if the task's step allows it; otherwise a message listing what it does allow.</summary>
    private static string Allowed(string requested, WorkflowTask task, ApprovalRequest? request)
    {
        if (request is null)
        {
            return string.Equals(requested, Resubmit, StringComparison.OrdinalIgnoreCase)
                ? Resubmit
                : throw new BadRequestException($"Unknown action '{requested}'; a returned record's task supports {Resubmit}.");
        }

        var action = ApprovalAction.Normalize(requested);
        return action is null ? throw new BadRequestException($"Unknown action '{requested}'; this task supports {string.Join(", ", request.Actions)}.")
            : request.Allows(action) ? action
            : throw new BadRequestException($"This step does not allow '{action}'; it allows {string.Join(", ", request.Actions)}.");
    }

    private static string? Comment(ActOnTask command) => string.IsNullOrWhiteSpace(command.Comment) ? null : command.Comment.Trim();
}

/// <summary>One action in progress: who asked what of which task.</summary>
public sealed record TaskActionContext(ActOnTask Command, WorkflowTask Task, WorkflowInstance Instance, ApprovalRequest? Request,
    string? Comment, string? AttachmentsJson)
{
    public Actor Actor => Command.Actor;

    public static FieldError Required(string path, string message) => new(path, "required", message);
}
