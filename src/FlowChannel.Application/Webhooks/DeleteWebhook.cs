using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// Removes a webhook. Its deliveries still waiting are given up (there is nowhere left to send them); the log of
/// what was sent goes with it.
/// </summary>
public sealed record DeleteWebhook(Actor Actor, Guid Id) : ICommand;

public sealed class DeleteWebhookHandler(FlowChannelDbContext db, WebhookSubscriptions subscriptions, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<DeleteWebhook>
{
    public async ValueTask<Unit> Handle(DeleteWebhook command, CancellationToken cancellationToken)
    {
        WebhookAccess.Check(command.Actor);
        var webhook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Webhook", command.Id.ToString());
        var deliveries = db.WebhookDeliveries.Where(d => d.WebhookId == webhook.Id).Select(d => d.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => deliveries.Contains(m.Id) && m.DeliveredAt == null && m.AbandonedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.AbandonedAt, now).SetProperty(m => m.LastError, "The webhook was deleted."), cancellationToken);
        await db.WebhookAttempts.Where(a => deliveries.Contains(a.DeliveryId)).ExecuteDeleteAsync(cancellationToken);
        await db.WebhookDeliveries.Where(d => d.WebhookId == webhook.Id).ExecuteDeleteAsync(cancellationToken);
        db.Webhooks.Remove(webhook);
        audit.Write(command.Actor, "webhook.deleted", "Webhook", webhook.Id.ToString(), $"{webhook.FormId} → {webhook.Url}");
        subscriptions.Forget(webhook.FormId);
        return Unit.Value;
    }
}
