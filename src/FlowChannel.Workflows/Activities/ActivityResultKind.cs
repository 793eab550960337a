namespace FlowChannel.Workflows.Activities;

public enum ActivityResultKind
{
    Completed,
    Suspended,
    Faulted,
}
