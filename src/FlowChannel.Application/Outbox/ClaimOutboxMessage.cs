using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Outbox;

/// <summary>
/// Takes one message for a delivery attempt: pushes its next attempt past the lease, so no other node takes it while
/// this one delivers. Of two nodes claiming at once, the concurrency token lets one win (the other gets a conflict).
/// A node that dies while delivering leaves the message to be claimed again when the lease ends: at least once.
/// </summary>
public sealed record ClaimOutboxMessage(Guid Id, DateTime Now, TimeSpan Lease) : ICommand<OutboxDelivery?>;

public sealed class ClaimOutboxMessageHandler(FlowChannelDbContext db) : ICommandHandler<ClaimOutboxMessage, OutboxDelivery?>
{
    public async ValueTask<OutboxDelivery?> Handle(ClaimOutboxMessage command, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == command.Id, cancellationToken);
        if (message is null || message.DeliveredAt is not null || message.AbandonedAt is not null || message.NextAttemptAt > command.Now)
        {
            return null;
        }

        message.Attempts++;
        message.NextAttemptAt = command.Now + command.Lease;
        return new OutboxDelivery(message.Id, message.Kind, JsonNode.Parse(message.PayloadJson)!.AsObject(), message.IdempotencyKey, message.Attempts);
    }
}
