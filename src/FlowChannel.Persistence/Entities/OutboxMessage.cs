namespace FlowChannel.Persistence.Entities;

/// <summary>
/// A side effect that leaves the process (an email, an HTTP request, an event for other workflows), written in the
/// same transaction as the workflow step that asked for it and delivered afterwards, at least once. The idempotency
/// key goes with every delivery attempt, so a receiver can drop repeats.
/// </summary>
public sealed class OutboxMessage : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>One of <see cref="OutboxKinds"/>.</summary>
    public required string Kind { get; set; }
    public required string PayloadJson { get; set; }
    public required string IdempotencyKey { get; set; }

    /// <summary>The instance that asked for it, and the bookmark to resume with the reply when it waits for one.</summary>
    public string? InstanceId { get; set; }
    public string? BookmarkId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    /// <summary>Not tried before this time: the next attempt after a failure, or the end of a claim's lease.</summary>
    public DateTime NextAttemptAt { get; set; } = DateTime.UtcNow;
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? DeliveredAt { get; set; }

    /// <summary>Set when delivery gave up after the last attempt; the instance shows an incident.</summary>
    public DateTime? AbandonedAt { get; set; }
    public int Version { get; set; }
}

public static class OutboxKinds
{
    public const string Email = "email";
    public const string Http = "http";
    public const string Event = "event";
    public const string ChildWorkflow = "child-workflow";

    /// <summary>Resume a bookmark of another instance (a parent waiting for its finished child).</summary>
    public const string Resume = "resume";

    /// <summary>An event posted to a form's outgoing webhook (a <see cref="WebhookDelivery"/>).</summary>
    public const string Webhook = "webhook";
}
