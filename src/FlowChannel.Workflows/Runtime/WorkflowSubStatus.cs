namespace FlowChannel.Workflows.Runtime;

public enum WorkflowSubStatus
{
    Pending,
    Executing,

    /// <summary>Waiting on at least one bookmark.</summary>
    Suspended,
    Finished,
    Cancelled,

    /// <summary>Stopped by an incident; see <see cref="WorkflowInstanceState.Incidents"/>.</summary>
    Faulted,
}
