using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Waiting;

/// <summary>
/// An outside system reports that the task an <c>Elsa.RunTask</c> activity handed out is done: the waiting instance
/// resumes with <see cref="Result"/>. A second report for the same task finds nothing waiting and gets a conflict.
/// </summary>
public sealed record CompleteRunTask(Actor Actor, string TaskId, JsonNode? Result) : ICommand<ResumeOutcome>;

public sealed class CompleteRunTaskHandler(FlowChannelDbContext db, WorkflowEngine engine) : ICommandHandler<CompleteRunTask, ResumeOutcome>
{
    public async ValueTask<ResumeOutcome> Handle(CompleteRunTask command, CancellationToken cancellationToken)
    {
        if (!command.Actor.IsAdmin)
        {
            throw new ForbiddenException("Only an administrator or an integration acting as one may complete workflow tasks.");
        }

        var bookmark = await db.WorkflowBookmarks.FirstOrDefaultAsync(b => b.Kind == BookmarkKinds.Task && b.Key == command.TaskId, cancellationToken)
            ?? throw new ConflictException($"No workflow is waiting on task '{command.TaskId}' (it may be completed already).");
        var instance = await db.WorkflowInstances.FirstAsync(i => i.Id == bookmark.InstanceId, cancellationToken);
        await engine.ResumeAsync(instance, bookmark.Id, new JsonObject { ["result"] = command.Result?.DeepClone() }, cancellationToken);
        return new ResumeOutcome(instance.Id, instance.Status, instance.SubStatus);
    }
}
