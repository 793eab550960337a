namespace FlowChannel.Workflows.Activities;

public enum ActivityResultKind
{
    Completed,
    Suspended,
    Faulted,

    /// <summary>Completed, and the flow goes back to an earlier activity instead of following the outcome's ports.</summary>
    Jumped,
}
