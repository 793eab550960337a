using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Workflows;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Runtime;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>
/// The flow diagram of one instance: the nodes and connections of the definition version it runs on, which
/// activities it executed, which connections it followed and where it waits now. Visible to admins, the person who
/// started it, whoever holds or held one of its tasks, and whoever may see its record; anyone else gets 404.
/// </summary>
public sealed record GetFlowPath(Actor Actor, string InstanceId) : IQuery<FlowPathView>;

/// <summary>
/// An instance's diagram. <c>Executed</c>: the activities it ran (the journal's newest 1,000 steps). <c>Current</c>: those
/// it waits on now (its open bookmarks; empty once finished). <c>CanWithdraw</c>: the caller submitted it, it still runs
/// and nobody has approved any step.
/// </summary>
public sealed record FlowPathView(
    string InstanceId,
    string DefinitionId,
    int DefinitionVersion,
    string Name,
    string Status,
    string SubStatus,
    IReadOnlyList<FlowPathNode> Nodes,
    IReadOnlyList<FlowPathConnection> Connections,
    IReadOnlyList<string> Executed,
    IReadOnlyList<string> Current,
    bool CanWithdraw);

/// <summary>A node of the root flowchart; <see cref="X"/> and <see cref="Y"/> are null when the designer never placed it.</summary>
public sealed record FlowPathNode(string Id, string? Name, string Type, double? X, double? Y);

/// <summary>A connection; <see cref="Taken"/> when its source ended with this port and its target then ran.</summary>
public sealed record FlowPathConnection(string Source, string Port, string Target, bool Taken);

public sealed class GetFlowPathHandler(FlowChannelDbContext db, WorkflowDefinitionCache definitions, RecordPermissions permissions)
    : IQueryHandler<GetFlowPath, FlowPathView>
{
    public async ValueTask<FlowPathView> Handle(GetFlowPath query, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == query.InstanceId, cancellationToken)
            ?? throw new NotFoundException("Workflow instance", query.InstanceId);
        var record = await db.FormRecords.AsNoTracking().Where(r => r.WorkflowInstanceId == instance.Id)
            .Select(r => new { r.Id, r.CreatedByUserId }).FirstOrDefaultAsync(cancellationToken);
        if (!await CanSeeAsync(query.Actor, instance, record?.Id, cancellationToken))
        {
            throw new NotFoundException("Workflow instance", query.InstanceId);
        }

        var definition = await definitions.GetAsync(db, instance.DefinitionVersionId, cancellationToken);
        var state = WorkflowInstanceState.FromJson(instance.StateJson);
        var running = instance.FinishedAt is null && instance.Status != nameof(WorkflowStatus.Finished);
        var executed = state.Journal.Select(e => e.ActivityId).ToHashSet(StringComparer.Ordinal);
        var current = running ? state.Bookmarks.Select(b => b.ActivityId).Distinct(StringComparer.Ordinal).ToList() : [];
        var submitter = record is not null ? record.CreatedByUserId : instance.InitiatorUserId;
        var canWithdraw = running && submitter == query.Actor.UserId && !await ApprovedAsync(instance.Id, cancellationToken);
        return new FlowPathView(
            instance.Id,
            instance.DefinitionId,
            instance.DefinitionVersion,
            state.Name ?? definition.Name,
            instance.Status,
            instance.SubStatus,
            [.. definition.Root.Activities.Select(Node)],
            Connections(definition.Root.Connections, state.Journal, executed),
            [.. executed.Where(id => definition.Root.Activities.Any(a => a.Id == id))],
            current,
            canWithdraw);
    }

    private static FlowPathNode Node(ActivityNode node)
    {
        var position = node.Source["metadata"]?["designer"]?["position"];
        return new FlowPathNode(node.Id, node.Name, node.Type, Number(position?["x"]), Number(position?["y"]));
    }

    private static double? Number(System.Text.Json.Nodes.JsonNode? value) =>
        value is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<double>(out var number) ? number : null;

    /// <summary>A connection was followed when its source completed with that port and its target ran.</summary>
    private static List<FlowPathConnection> Connections(IReadOnlyList<Connection> connections, IReadOnlyList<JournalEntry> journal, HashSet<string> executed)
    {
        var ports = journal.Where(e => e.Status == ActivityStatus.Completed)
            .SelectMany(e => e.Outcomes.Select(o => (e.ActivityId, Port: o)))
            .ToHashSet();
        return [.. connections.Select(c => new FlowPathConnection(c.SourceId, c.SourcePort, c.TargetId,
            executed.Contains(c.TargetId) && ports.Contains((c.SourceId, c.SourcePort))))];
    }

    private Task<bool> ApprovedAsync(string instanceId, CancellationToken ct) =>
        db.WorkflowTimeline.AsNoTracking().AnyAsync(e => e.InstanceId == instanceId && WithdrawSubmissionHandler.ApprovalActions.Contains(e.Action), ct);

    /// <summary>As <see cref="GetWorkflowInstance"/>, and also whoever may see the instance's record.</summary>
    private async Task<bool> CanSeeAsync(Actor actor, WorkflowInstance instance, Guid? recordId, CancellationToken ct)
    {
        if (actor.IsAdmin || instance.InitiatorUserId == actor.UserId
            || await TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), actor).AnyAsync(t => t.InstanceId == instance.Id, ct))
        {
            return true;
        }

        if (recordId is not { } id)
        {
            return false;
        }

        try
        {
            await permissions.FindAsync(actor, id, FormAction.View, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
