using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Workflows.Runtime;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows;

/// <summary>Status, variables, journal and incidents of one instance.</summary>
public sealed record GetWorkflowInstance(Actor Actor, string InstanceId) : IQuery<WorkflowInstanceView>;

public sealed record WorkflowInstanceView(
    string Id,
    string DefinitionId,
    int DefinitionVersion,
    string Status,
    string SubStatus,
    string? CorrelationId,
    DateTime CreatedAt,
    DateTime? FinishedAt,
    WorkflowInstanceState? State);

public sealed class GetWorkflowInstanceHandler(FlowChannelDbContext db) : IQueryHandler<GetWorkflowInstance, WorkflowInstanceView>
{
    public async ValueTask<WorkflowInstanceView> Handle(GetWorkflowInstance query, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.InstanceId, cancellationToken);
        if (instance is null || !await CanSeeAsync(query.Actor, instance.Id, instance.InitiatorUserId, cancellationToken))
        {
            throw new NotFoundException("Workflow instance", query.InstanceId);
        }
        return new WorkflowInstanceView(
            instance.Id, instance.DefinitionId, instance.DefinitionVersion, instance.Status, instance.SubStatus,
            instance.CorrelationId, instance.CreatedAt, instance.FinishedAt,
            // Variables and the journal hold scores, approvers and comments: internals for staff, not for applicants.
            query.Actor.SeesAllPartners ? WorkflowInstanceState.FromJson(instance.StateJson) : null);
    }

    /// <summary>Admins, the initiator, and whoever holds or held one of its tasks.</summary>
    private async Task<bool> CanSeeAsync(Actor actor, string instanceId, string? initiator, CancellationToken ct) =>
        actor.IsAdmin || initiator == actor.UserId
        || await Tasks.TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), actor).AnyAsync(t => t.InstanceId == instanceId, ct);
}
