namespace FlowChannel.Workflows.Runtime;

/// <summary>Elsa's activity statuses, as recorded in the journal.</summary>
public enum ActivityStatus
{
    Pending,

    /// <summary>Started and waiting on a bookmark.</summary>
    Running,
    Completed,
    Canceled,
    Faulted,
}
