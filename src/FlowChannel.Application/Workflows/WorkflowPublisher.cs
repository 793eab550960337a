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
public sealed class WorkflowPublisher(FlowChannelDbContext db)
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
            await db.WorkflowTriggers.Where(t => t.DefinitionId == definition.DefinitionId).ExecuteDeleteAsync(ct);
            foreach (var trigger in FormTriggers.Find(definition))
            {
                db.WorkflowTriggers.Add(new WorkflowTrigger
                {
                    DefinitionVersionId = definition.Id,
                    DefinitionId = definition.DefinitionId,
                    Kind = TriggerKinds.FormSubmitted,
                    Key = trigger.FormId,
                    ActivityId = trigger.ActivityId,
                });
            }
        }
        return true;
    }
}
