namespace FlowChannel.Web.Hosting;

/// <summary>Configuration section <c>FlowChannel:Scheduler</c>: how often due timers and the outbox are looked at.</summary>
public sealed class WorkflowSchedulerOptions
{
    public const string SectionName = "FlowChannel:Scheduler";

    /// <summary>Off for hosts that must not act on their own (the in-memory CLI verbs, some tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Time between sweeps. A timer fires at most this late; every node sweeps, and the database decides which one
    /// fires each timer, so more nodes do not fire anything twice.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many due items one sweep takes on, so one sweep never holds a node for long.</summary>
    public int BatchSize { get; set; } = 100;
}
