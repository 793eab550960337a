using System.Text.Json.Nodes;

namespace FlowChannel.Application.Outbox;

/// <summary>A message claimed for one delivery attempt: what the deliverer needs, detached from the database.</summary>
public sealed record OutboxDelivery(Guid Id, string Kind, JsonObject Payload, string IdempotencyKey, int Attempt);

/// <summary>
/// Delivers one kind of outbox message. Returns the reply to resume the waiting bookmark with (null when nothing
/// waits), or throws <see cref="OutboxDeliveryException"/> for a failure worth retrying later.
/// </summary>
public interface IOutboxDeliverer
{
    string Kind { get; }

    Task<JsonObject?> DeliverAsync(OutboxDelivery delivery, CancellationToken ct);
}

/// <summary>A delivery failed in a way another attempt may fix (a mail server down, a refused connection).</summary>
public sealed class OutboxDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
