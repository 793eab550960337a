namespace FlowChannel.Workflows.Activities.Core;

/// <summary>How an <c>Elsa.FlowJoin</c> waits for its inbound connections.</summary>
public enum FlowJoinMode
{
    /// <summary>Continues on the first inbound connection followed and cancels the other branches.</summary>
    WaitAny,

    /// <summary>Continues when every inbound connection was followed.</summary>
    WaitAll,

    /// <summary>Continues when every inbound connection was followed or skipped, if at least one was followed.</summary>
    WaitAllActive,
}
