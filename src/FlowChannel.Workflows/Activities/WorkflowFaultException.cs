namespace FlowChannel.Workflows.Activities;

/// <summary>
/// A mistake in the workflow as authored (bad input value, unknown variable…) found while running. The runtime turns
/// it into an incident that faults the instance; it never escapes <c>WorkflowRunner</c>.
/// </summary>
public sealed class WorkflowFaultException : Exception
{
    public WorkflowFaultException()
        : this("The workflow faulted.")
    {
    }

    public WorkflowFaultException(string message)
        : base(message)
    {
    }

    public WorkflowFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
