using System.Text.Json.Nodes;
using FlowChannel.Application.Outbox;
using FlowChannel.Application.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// Queues a form's webhooks for an event of one of its records, in the caller's unit of work: a delivery exists
/// exactly when the change that caused it commits. Every path that changes a record comes here (imports do not), so
/// the form's automations are queued from here too. Scoped.
/// </summary>
public sealed class WebhookDispatcher(FlowChannelDbContext db, WebhookSubscriptions subscriptions, PermissionSetCatalog catalog, TimeProvider clock,
    Automations.Running.AutomationDispatcher automations)
{
    public async Task RecordEventAsync(string eventName, FormRecord record, CancellationToken ct, WorkflowInstance? instance = null,
        IReadOnlyList<string>? changedFields = null)
    {
        await automations.RecordEventAsync(Automations.Rules.AutomationTriggers.ForWebhookEvent(eventName), record, changedFields, ct);
        var hooks = await subscriptions.ForFormAsync(db, record.FormId, ct);
        if (hooks.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var hook in hooks.Where(h => h.Events.Contains(eventName, StringComparer.Ordinal)))
        {
            var rights = await RightsAsync(record.FormId, hook.PermissionSetKey, ct);
            var deliveryId = Guid.NewGuid();
            var body = WebhookPayload.Build(deliveryId, eventName, now, record, rights, instance);
            Enqueue(db, new WebhookDelivery { Id = deliveryId, WebhookId = hook.Id, Event = eventName, RecordId = record.Id, CreatedAt = now }, body);
        }
    }

    /// <summary>Adds the delivery and the outbox message that carries it (same id) to the unit of work.</summary>
    public static void Enqueue(FlowChannelDbContext db, WebhookDelivery delivery, string body)
    {
        db.WebhookDeliveries.Add(delivery);
        OutboxWriter.Enqueue(db, OutboxKinds.Webhook, WebhookPayload.Message(delivery.WebhookId, delivery.Event, body),
            "webhook:" + delivery.Id.ToString("N"), null, null, delivery.CreatedAt, delivery.Id);
    }

    /// <summary>A finished instance is reported to the webhooks of the record it ran for (its correlation id), if any.</summary>
    public async Task WorkflowFinishedAsync(WorkflowInstance instance, CancellationToken ct)
    {
        if (Guid.TryParse(instance.CorrelationId, out var recordId) && await db.FormRecords.FindAsync([recordId], ct) is { } record)
        {
            await RecordEventAsync(WebhookEvents.WorkflowFinished, record, ct, instance);
        }
    }

    private async Task<FormRights> RightsAsync(string formId, string stored, CancellationToken ct) =>
        WebhookFieldRights.Resolve(formId, stored, await catalog.ForFormAsync(formId, ct));
}
