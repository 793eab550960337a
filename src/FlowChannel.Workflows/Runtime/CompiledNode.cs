using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Activities.Core;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Runtime;

/// <summary>An activity of a compiled flowchart with its connections resolved to indexes.</summary>
internal sealed class CompiledNode(int index, ActivityNode node, WorkflowActivity? activity)
{
    public int Index { get; } = index;

    public ActivityNode Node { get; } = node;

    public string Id => Node.Id;

    /// <summary>Null for a type the registry does not know: reaching it faults the instance.</summary>
    public WorkflowActivity? Activity { get; } = activity;

    public int[] Outbound { get; set; } = [];

    public int[] Inbound { get; set; } = [];

    /// <summary>The mode of an <c>Elsa.FlowJoin</c>; null for every other activity.</summary>
    public FlowJoinMode? JoinMode { get; init; }
}
