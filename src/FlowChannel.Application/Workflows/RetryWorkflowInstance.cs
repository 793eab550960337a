using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// An administrator retries a faulted instance from an activity (by default where it faulted), once the cause is
/// fixed. An instance that is not faulted answers 409.
/// </summary>
public sealed record RetryWorkflowInstance(Actor Actor, string InstanceId, string? ActivityId) : ICommand<WorkflowInstanceView>;

public sealed class RetryWorkflowInstanceHandler(FlowChannelDbContext db, WorkflowEngine engine, AuditTrail audit)
    : ICommandHandler<RetryWorkflowInstance, WorkflowInstanceView>
{
    public async ValueTask<WorkflowInstanceView> Handle(RetryWorkflowInstance command, CancellationToken cancellationToken)
    {
        if (!command.Actor.IsAdmin)
        {
            throw new ForbiddenException("Only an administrator may retry a workflow instance.");
        }

        var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == command.InstanceId, cancellationToken)
            ?? throw new NotFoundException("Workflow instance", command.InstanceId);
        await engine.RetryAsync(instance, command.ActivityId, cancellationToken);
        audit.Write(command.Actor, "workflow.retry", "WorkflowInstance", instance.Id, command.ActivityId);
        return WorkflowInstanceView.From(instance);
    }
}
