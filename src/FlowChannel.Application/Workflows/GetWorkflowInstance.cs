using FlowChannel.Application.Common;
using FlowChannel.Application.Tasks;
using FlowChannel.Application.Workflows.Instances;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// One instance: status for everyone who may see it (admins, the initiator, whoever holds or held one of its tasks);
/// variables, journal, bookmarks, tasks and incidents for staff only.
/// </summary>
public sealed record GetWorkflowInstance(Actor Actor, string InstanceId) : IQuery<WorkflowInstanceDetails>;

/// <summary>An instance and its state right after a command changed it.</summary>
public sealed record WorkflowInstanceView(WorkflowInstanceSummary Instance, WorkflowInstanceState State)
{
    public static WorkflowInstanceView From(WorkflowInstance instance) =>
        new(WorkflowInstanceSummary.From(instance), WorkflowInstanceState.FromJson(instance.StateJson));
}

public sealed class GetWorkflowInstanceHandler(FlowChannelDbContext db) : IQueryHandler<GetWorkflowInstance, WorkflowInstanceDetails>
{
    public async ValueTask<WorkflowInstanceDetails> Handle(GetWorkflowInstance query, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.InstanceId, cancellationToken);
        if (instance is null || !await CanSeeAsync(query.Actor, instance.Id, instance.InitiatorUserId, cancellationToken))
        {
            throw new NotFoundException("Workflow instance", query.InstanceId);
        }
        return new WorkflowInstanceDetails(
            WorkflowInstanceSummary.From(instance),
            // Variables and the journal hold scores, approvers and comments: internals for staff, not for applicants.
            query.Actor.SeesAllPartners ? await InternalsAsync(instance, cancellationToken) : null);
    }

    /// <summary>Admins, the initiator, and whoever holds or held one of its tasks.</summary>
    private async Task<bool> CanSeeAsync(Actor actor, string instanceId, string? initiator, CancellationToken ct) =>
        actor.IsAdmin || initiator == actor.UserId
        || await TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), actor).AnyAsync(t => t.InstanceId == instanceId, ct);

    private async Task<WorkflowInstanceInternals> InternalsAsync(WorkflowInstance instance, CancellationToken ct)
    {
        var state = WorkflowInstanceState.FromJson(instance.StateJson);
        var tasks = await db.WorkflowTasks.AsNoTracking().Where(t => t.InstanceId == instance.Id)
            .OrderBy(t => t.CreatedAt).ToListAsync(ct);
        var newest = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => d.DefinitionId == instance.DefinitionId && d.IsPublished)
            .MaxAsync(d => (int?)d.Version, ct);
        return new WorkflowInstanceInternals(
            state.Name,
            state.Variables,
            ActivityExecution.FromJournal(state.Journal),
            [.. state.Bookmarks.Select(b => OpenBookmarkView.From(instance.Id, b))],
            [.. tasks.Select(TaskView.From)],
            state.Incidents,
            newest);
    }
}
