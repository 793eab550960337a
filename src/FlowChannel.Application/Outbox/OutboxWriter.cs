using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Outbox;

/// <summary>Writes outbox messages into the current unit of work: they exist exactly when the step that asked for them commits.</summary>
public static class OutboxWriter
{
    public static OutboxMessage Enqueue(FlowChannelDbContext db, string kind, JsonObject payload, string idempotencyKey,
        string? instanceId, string? bookmarkId, DateTime now, Guid? id = null)
    {
        var message = new OutboxMessage
        {
            Id = id ?? Guid.NewGuid(),
            Kind = kind,
            PayloadJson = payload.ToJsonString(),
            IdempotencyKey = idempotencyKey,
            InstanceId = instanceId,
            BookmarkId = bookmarkId,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMessages.Add(message);
        return message;
    }
}
