namespace FlowChannel.Persistence.Entities;

/// <summary>
/// Index of where workflow instances wait, by what can wake them: a due time, an event name, an external task or
/// an outbox reply. The instance's state JSON holds the bookmark itself; this row lets a timer sweep or an incoming
/// event find waiting instances with one indexed query. Written and removed in the same transaction as the state.
/// </summary>
public sealed class WorkflowBookmark
{
    /// <summary>The bookmark's id, unique across instances.</summary>
    public required string Id { get; set; }
    public required string InstanceId { get; set; }
    public required string ActivityId { get; set; }

    /// <summary>One of <see cref="BookmarkKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>What an outside signal names it by: the event name, the task id, the outbox message id; null for timers.</summary>
    public string? Key { get; set; }

    /// <summary>When a timer bookmark is due (UTC).</summary>
    public DateTime? DueAt { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

public static class BookmarkKinds
{
    public const string Approval = "approval";
    public const string Timer = "timer";
    public const string Event = "event";
    public const string Task = "task";
    public const string Http = "http";
    public const string Child = "child";
    public const string Other = "other";
}
