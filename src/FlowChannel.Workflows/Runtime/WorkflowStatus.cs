namespace FlowChannel.Workflows.Runtime;

public enum WorkflowStatus
{
    Running,
    Finished,
}
