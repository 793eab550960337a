namespace FlowChannel.Application.Workflows.Waiting;

/// <summary>Settings of workflow events (<c>FlowChannel:Events</c>).</summary>
public sealed class EventOptions
{
    public const string SectionName = "FlowChannel:Events";

    /// <summary>
    /// How many waiting instances one unit of work wakes; the rest are woken by follow-up deliveries through the
    /// outbox, so one event never holds the database for long and never leaves a waiter behind.
    /// </summary>
    public int ResumedPerBatch { get; set; } = 500;
}
