namespace FlowChannel.Persistence.Entities;

/// <summary>An in-app message to one user (workflow notifications, results).</summary>
public sealed class Notification
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string RecipientUserId { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public string? InstanceId { get; set; }

    /// <summary>A copy (CC) sent to someone kept informed, rather than to a person the message is for.</summary>
    public bool IsCopy { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? ReadAt { get; set; }
}
