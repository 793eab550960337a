namespace FlowChannel.Persistence.Entities;

/// <summary>
/// One event sent to one webhook. Its <see cref="Id"/> is the id of the outbox message that carries it (attempts, next
/// retry, delivered or given up live there) and the delivery id the receiver sees.
/// </summary>
public sealed class WebhookDelivery
{
    public Guid Id { get; set; }
    public Guid WebhookId { get; set; }
    public required string Event { get; set; }
    public Guid? RecordId { get; set; }

    /// <summary>Set on a delivery an admin sent again: the one it repeats.</summary>
    public Guid? ResentFromId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

/// <summary>One attempt at a <see cref="WebhookDelivery"/>: what the receiver answered, or why it could not be reached.</summary>
public sealed class WebhookAttempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid DeliveryId { get; set; }
    public int Attempt { get; set; }
    public DateTime At { get; set; }
    public int? StatusCode { get; set; }
    public string? Error { get; set; }
    public int DurationMs { get; set; }
}
