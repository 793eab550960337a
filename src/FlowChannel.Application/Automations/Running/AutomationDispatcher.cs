using System.Text.Json.Nodes;
using FlowChannel.Application.Automations.Rules;
using FlowChannel.Application.Outbox;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Automations.Running;

/// <summary>
/// Queues the form's automations for an event of one of its records, in the caller's unit of work: a run exists exactly
/// when the change that caused it commits, and survives the process dying before it ran (the outbox delivers it later).
/// Imports never call this. Scoped.
/// </summary>
public sealed class AutomationDispatcher(FlowChannelDbContext db, AutomationRules rules, AutomationContext context, TimeProvider clock)
{
    public const string OutboxKind = "automation";

    /// <summary>
    /// Queues the rules of <paramref name="record"/>'s form whose trigger is <paramref name="trigger"/> (not schedule);
    /// <paramref name="changedFields"/>, for an update, are the fields that changed (null when not known: any field).
    /// </summary>
    public async Task RecordEventAsync(string trigger, FormRecord record, IReadOnlyList<string>? changedFields, CancellationToken ct)
    {
        var matching = (await rules.ForFormAsync(db, record.FormId, ct)).Where(a => a.Rule.Trigger.On == trigger
            && (trigger != AutomationTriggers.RecordUpdated || a.Rule.Trigger.Fields.Count == 0 || changedFields is null
                || a.Rule.Trigger.Fields.Any(changedFields.Contains))).ToList();
        foreach (var automation in matching)
        {
            Enqueue(automation.Id, record.FormId, record.Id, trigger, JsonNode.Parse(record.DataJson)!.AsObject());
        }
    }

    /// <summary>A step of a running instance moved it on: the rules of the record it runs for (its correlation id) hear of it.</summary>
    public async Task FlowMovedOnAsync(WorkflowInstance instance, CancellationToken ct)
    {
        if (Guid.TryParse(instance.CorrelationId, out var recordId)
            && (db.FormRecords.Local.FirstOrDefault(r => r.Id == recordId) ?? await db.FormRecords.FindAsync([recordId], ct)) is { } record)
        {
            await RecordEventAsync(AutomationTriggers.FlowMovedOn, record, null, ct);
        }
    }

    /// <summary>Queues one run (also used by the schedule sweep); past the depth limit the run is logged as stopped instead.</summary>
    public void Enqueue(Guid automationId, string formId, Guid? recordId, string trigger, JsonObject data)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var depth = context.Depth + 1;
        if (depth > AutomationContext.MaxDepth)
        {
            db.AutomationRuns.Add(new AutomationRun
            {
                AutomationId = automationId, FormId = formId, RecordId = recordId, Trigger = trigger, Depth = depth, At = now,
                Outcome = AutomationOutcomes.Stopped,
                Error = $"Not run: {AutomationContext.MaxDepth} automations already triggered each other in a chain; the rules seem to loop.",
            });
            return;
        }
        var id = Guid.NewGuid();
        OutboxWriter.Enqueue(db, OutboxKind, new JsonObject
        {
            ["automationId"] = automationId,
            ["formId"] = formId,
            ["recordId"] = recordId,
            ["trigger"] = trigger,
            ["depth"] = depth,
            // The values as they were at the event: the condition and the mappings see them even if the record changed
            // again (or was deleted) before the run.
            ["data"] = data,
        }, "automation:" + id.ToString("N"), null, null, now, id);
    }
}
