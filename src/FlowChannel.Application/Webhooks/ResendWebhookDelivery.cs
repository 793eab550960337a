using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Webhooks;

/// <summary>
/// Sends a delivery again, as a new delivery (new id, attempts from one) with the same event body: the receiver sees a
/// fresh delivery id, so one that dropped the first as a repeat takes this one.
/// </summary>
public sealed record ResendWebhookDelivery(Actor Actor, Guid DeliveryId) : ICommand<Guid>;

public sealed class ResendWebhookDeliveryHandler(FlowChannelDbContext db, AuditTrail audit, TimeProvider clock) : ICommandHandler<ResendWebhookDelivery, Guid>
{
    public async ValueTask<Guid> Handle(ResendWebhookDelivery command, CancellationToken cancellationToken)
    {
        WebhookAccess.Check(command.Actor);
        var original = await db.WebhookDeliveries.AsNoTracking().FirstOrDefaultAsync(d => d.Id == command.DeliveryId, cancellationToken)
            ?? throw new NotFoundException("Webhook delivery", command.DeliveryId.ToString());
        var message = await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == original.Id, cancellationToken);
        var body = (string)JsonNode.Parse(message.PayloadJson)!["body"]!;
        var resend = new WebhookDelivery
        {
            Id = Guid.NewGuid(),
            WebhookId = original.WebhookId,
            Event = original.Event,
            RecordId = original.RecordId,
            ResentFromId = original.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        WebhookDispatcher.Enqueue(db, resend, WebhookPayload.WithDeliveryId(body, resend.Id));
        audit.Write(command.Actor, "webhook.resent", "WebhookDelivery", original.Id.ToString(), resend.Id.ToString());
        return resend.Id;
    }
}
