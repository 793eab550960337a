using FlowChannel.Persistence;
using FlowChannel.Workflows.Activities;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// Stores a workflow version and, when it is published, makes it the one that triggers start: older
/// versions keep serving the instances that started on them but start no new ones.
/// </summary>
public sealed class WorkflowPublisher(FlowChannelDbContext db, TimeProvider clock)
{
    /// <returns>false when that version is already stored.</returns>
    public async Task<bool> AddVersionAsync(WorkflowDefinition definition, string json, string? packId, CancellationToken ct)
    {
        if (await db.WorkflowDefinitions.AnyAsync(d => d.DefinitionId == definition.DefinitionId && d.Version == definition.Version, ct))
        {
            return false;
        }
        // An older version imported after a newer one is stored for its instances but takes nothing over.
        var newest = await db.WorkflowDefinitions.Where(d => d.DefinitionId == definition.DefinitionId)
            .MaxAsync(d => (int?)d.Version, ct) ?? 0;
        var becomesLatest = definition.Version > newest;
        if (becomesLatest)
        {
            await db.WorkflowDefinitions.Where(d => d.DefinitionId == definition.DefinitionId && d.IsLatest)
                .ForEachAsync(d => d.IsLatest = false, ct);
        }
        db.WorkflowDefinitions.Add(new WorkflowDefinitionVersion
        {
            Id = definition.Id,
            DefinitionId = definition.DefinitionId,
            Version = definition.Version,
            Name = definition.Name,
            Json = json,
            IsPublished = definition.IsPublished,
            IsLatest = becomesLatest,
            PackId = packId,
        });
        if (definition.IsPublished && becomesLatest)
        {
            await ReplaceTriggersAsync(definition, ct);
        }
        return true;
    }

    /// <summary>
    /// Publishes a stored version: it becomes the one that starts new instances (its triggers replace those of any
    /// other version); instances running on other versions stay on them.
    /// </summary>
    public async Task PublishStoredAsync(WorkflowDefinitionVersion stored, WorkflowDefinition definition, CancellationToken ct)
    {
        await db.WorkflowDefinitions.Where(d => d.DefinitionId == stored.DefinitionId && d.IsLatest && d.Id != stored.Id)
            .ForEachAsync(d => d.IsLatest = false, ct);
        stored.IsPublished = true;
        stored.IsLatest = true;
        await ReplaceTriggersAsync(definition, ct);
    }

    private async Task ReplaceTriggersAsync(WorkflowDefinition definition, CancellationToken ct)
    {
        await db.WorkflowTriggers.Where(t => t.DefinitionId == definition.DefinitionId).ExecuteDeleteAsync(ct);
        foreach (var trigger in FormTriggers.Find(definition))
        {
            db.WorkflowTriggers.Add(Trigger(definition, TriggerKinds.FormSubmitted, trigger.FormId, trigger.ActivityId));
        }

        foreach (var trigger in RecordChangeTriggers.Find(definition))
        {
            db.WorkflowTriggers.Add(Trigger(definition, TriggerKinds.RecordChanged, trigger.FormId, trigger.ActivityId));
        }

        foreach (var trigger in EventTriggers.Find(definition))
        {
            db.WorkflowTriggers.Add(Trigger(definition, TriggerKinds.Event, BookmarkKeys.For(trigger.EventName)!, trigger.ActivityId));
        }

        // Timer triggers count from publication: a new version does not replay the fires its predecessor made.
        foreach (var fire in TimerTriggers.NextFireTimes(definition, clock.GetUtcNow()))
        {
            var trigger = Trigger(definition, TriggerKinds.Timer, fire.ActivityId, fire.ActivityId);
            trigger.NextFireAt = fire.DueAt.UtcDateTime;
            db.WorkflowTriggers.Add(trigger);
        }
    }

    private static WorkflowTrigger Trigger(WorkflowDefinition definition, string kind, string key, string activityId) => new()
    {
        DefinitionVersionId = definition.Id,
        DefinitionId = definition.DefinitionId,
        Kind = kind,
        Key = key,
        ActivityId = activityId,
    };
}
