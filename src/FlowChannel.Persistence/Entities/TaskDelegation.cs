namespace FlowChannel.Persistence.Entities;

/// <summary>
/// A user's out-of-office setting (委托代理): approval tasks made for <see cref="UserId"/> from <see cref="StartsAt"/>
/// until <see cref="EndsAt"/> go to <see cref="DelegateUserId"/> instead. One setting per user.
/// </summary>
public sealed class TaskDelegation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string UserId { get; set; }
    public required string DelegateUserId { get; set; }

    /// <summary>Start of the period, inclusive (UTC).</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>End of the period, exclusive (UTC).</summary>
    public DateTime EndsAt { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
