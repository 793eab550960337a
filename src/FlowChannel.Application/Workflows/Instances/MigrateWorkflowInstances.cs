using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Instances;

/// <summary>
/// An administrator moves instances to a newer published version of their definition (by default the newest),
/// each one only where every activity it currently sits at exists in that version with the same type. Each
/// instance moves entirely or not at all; the answer says, per instance, which happened and why.
/// </summary>
public sealed record MigrateWorkflowInstances(Actor Actor, IReadOnlyList<string?>? InstanceIds, int? TargetVersion)
    : ICommand<IReadOnlyList<InstanceMigrationOutcome>>
{
    public const int MaxInstances = 500;
}

/// <summary>What happened to one instance; <see cref="MissingActivityIds"/> names the activities it sits at that the target lacks.</summary>
public sealed record InstanceMigrationOutcome(
    string InstanceId, bool Migrated, int FromVersion, int ToVersion, string? Reason, IReadOnlyList<string> MissingActivityIds);

public sealed class MigrateWorkflowInstancesHandler(
    FlowChannelDbContext db, WorkflowRunner runner, WorkflowDefinitionCache definitions, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<MigrateWorkflowInstances, IReadOnlyList<InstanceMigrationOutcome>>
{
    public async ValueTask<IReadOnlyList<InstanceMigrationOutcome>> Handle(MigrateWorkflowInstances command, CancellationToken cancellationToken)
    {
        InstanceAdministration.EnsureAdmin(command.Actor);
        var ids = MigrationRequest.CheckIds(command.InstanceIds);
        var instances = await MigrationRequest.LoadAsync(db, ids, cancellationToken);
        var targets = await MigrationRequest.TargetsAsync(db, instances.Select(i => i.DefinitionId), command.TargetVersion, cancellationToken);

        var outcomes = new List<InstanceMigrationOutcome>(instances.Count);
        foreach (var instance in instances)
        {
            outcomes.Add(await MigrateAsync(command.Actor, instance, targets[instance.DefinitionId], cancellationToken));
        }

        return outcomes;
    }

    private async Task<InstanceMigrationOutcome> MigrateAsync(Actor actor, WorkflowInstance instance, WorkflowDefinitionVersion target, CancellationToken ct)
    {
        var from = instance.DefinitionVersion;
        InstanceMigrationOutcome Skipped(string reason, IReadOnlyList<string>? missing = null) =>
            new(instance.Id, false, from, target.Version, reason, missing ?? []);

        if (instance.Status == nameof(WorkflowStatus.Finished) && instance.SubStatus != nameof(WorkflowSubStatus.Faulted))
        {
            return Skipped($"The instance has ended ({instance.SubStatus}); there is nothing left to run on another version.");
        }

        if (from >= target.Version)
        {
            return Skipped(from == target.Version
                ? $"The instance already runs on version {from}."
                : $"The instance runs on version {from}, newer than version {target.Version}.");
        }

        var current = await definitions.GetAsync(db, instance.DefinitionVersionId, ct);
        var next = await definitions.GetAsync(db, target.Id, ct);
        var result = runner.Migrate(current, next, WorkflowInstanceState.FromJson(instance.StateJson));
        if (result.State is not { } moved)
        {
            return Skipped(string.Join(" ", result.Problems.Select(p => p.Message)), result.MissingActivityIds);
        }

        instance.DefinitionVersionId = target.Id;
        instance.DefinitionVersion = target.Version;
        instance.StateJson = moved.ToJson();
        instance.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Write(actor, "workflow.migrate", "WorkflowInstance", instance.Id, $"version {from} -> {target.Version}");
        return new InstanceMigrationOutcome(instance.Id, true, from, target.Version, null, []);
    }
}
