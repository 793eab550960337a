using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Workflows.RecordChanges;

/// <summary>
/// Starts the published workflows whose <c>FlowChannel.RecordChanged</c> trigger watches an updated record's form, in
/// the unit of work that changed it. Every path that changes a record's data calls <see cref="FireAsync"/> after the
/// change; bulk imports must not (a load of many records is nobody's change, and would start a workflow per row), so
/// an import use case writes its records without calling it. Scoped: one per unit of work.
/// </summary>
public sealed class RecordChangedTriggers(FlowChannelDbContext db, WorkflowDefinitionCache definitions, WorkflowRunner runner,
    TimeProvider clock, IServiceProvider services, FormTriggerLookup formTriggers)
{
    /// <summary>
    /// Workflows started by changes that workflows made, nested in one unit of work. Two definitions that update each
    /// other's records would otherwise start each other for ever inside one request.
    /// </summary>
    public const int MaxChainDepth = 8;

    private int _depth;

    /// <summary>Refuses a workflow's change once the chain of changes starting workflows is as deep as allowed.</summary>
    public void EnsureChainDepth(string activityId)
    {
        if (_depth >= MaxChainDepth)
        {
            throw new WorkflowEffectException(
                $"Activity '{activityId}' would change a record {MaxChainDepth + 1} record-change workflows deep; workflows that update " +
                "each other's records seem to loop, so the change was not made.");
        }
    }

    /// <returns>The ids of the instances started.</returns>
    public async Task<IReadOnlyList<string>> FireAsync(RecordChange change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var data = JsonNode.Parse(change.Record.DataJson)!.AsObject();
        var changedFields = change.ChangedFields(data);
        if (changedFields.Count == 0 && change.PreviousStatus == change.Record.Status)
        {
            return [];
        }
        await services.GetRequiredService<Webhooks.WebhookDispatcher>().RecordEventAsync(Webhooks.WebhookEvents.RecordUpdated, change.Record, ct,
            changedFields: changedFields);
        var formId = change.Record.FormId;
        var triggers = await formTriggers.OfAsync(TriggerKinds.RecordChanged, formId, ct);
        // A workflow is never started by its own definition's change: a definition that updates the record it was
        // started for would otherwise start itself again on every write, the commonest accidental loop.
        triggers.RemoveAll(t => t.DefinitionId == change.ByInstance?.DefinitionId);
        var started = new List<string>();
        foreach (var trigger in triggers)
        {
            var definition = await definitions.GetAsync(db, trigger.DefinitionVersionId, ct);
            var input = new JsonObject { ["record"] = change.ToInput(data, changedFields) };
            var request = new StartWorkflowRequest(Guid.NewGuid().ToString("N"), input, clock.GetUtcNow()) { CorrelationId = change.Record.Id.ToString() };
            if (!runner.AcceptsStart(definition, trigger.ActivityId, request))
            {
                continue;
            }
            _depth++;
            try
            {
                // Resolved here, not injected: the engine applies the effects that call this, so each needs the other.
                var engine = services.GetRequiredService<WorkflowEngine>();
                started.Add(await engine.StartAsync(definition, trigger.ActivityId, input, request.CorrelationId, change.ChangedBy, request.InstanceId, ct));
            }
            finally
            {
                _depth--;
            }
        }
        return started;
    }
}
