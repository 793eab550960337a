using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Waiting;
using FlowChannel.Persistence.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Application.Outbox;

/// <summary>
/// Delivers a published workflow event inside FlowChannel: wakes the instances waiting on it and starts the
/// workflows it triggers, in a unit of work of its own. The idempotency key goes along, so a repeated delivery
/// starts no workflow twice.
/// </summary>
public sealed class EventDeliverer(IServiceScopeFactory scopes) : IOutboxDeliverer
{
    public string Kind => OutboxKinds.Event;

    public async Task<JsonObject?> DeliverAsync(OutboxDelivery delivery, CancellationToken ct)
    {
        var payload = delivery.Payload;
        var command = new TriggerEvent(
            (string?)payload["eventName"] ?? string.Empty, (string?)payload["correlationId"], payload["payload"]?.DeepClone(),
            SystemUser.Id, delivery.IdempotencyKey)
        {
            WaitingSince = payload["waitingSince"] is { } since ? since.GetValue<DateTime>() : null,
        };
        await InScope.SendAsync(scopes, command, ct);
        return null;
    }
}
