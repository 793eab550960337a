namespace FlowChannel.Workflows.Activities;

public enum ActivityKind
{
    /// <summary>Runs and completes at once.</summary>
    Action,

    /// <summary>Can start an instance (when <c>canStartWorkflow</c> is set).</summary>
    Trigger,

    /// <summary>Creates a bookmark and waits to be resumed.</summary>
    Blocking,

    /// <summary>Completes the whole flowchart at once (<c>Elsa.End</c>, <c>Elsa.Finish</c>).</summary>
    Terminal,
}
