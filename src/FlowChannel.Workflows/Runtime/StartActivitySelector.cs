using FlowChannel.Workflows.Activities.Core;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// Elsa's choice of where a flowchart starts: the trigger that fired; else an <c>Elsa.Start</c>; else the first
/// activity that can start the workflow; else the only activity without inbound connections; else the first.
/// </summary>
internal static class StartActivitySelector
{
    public static int? Select(CompiledWorkflow workflow, string? triggerActivityId)
    {
        var nodes = workflow.Nodes;
        if (triggerActivityId is not null)
        {
            return workflow.IndexById.TryGetValue(triggerActivityId, out var trigger)
                ? trigger
                : throw new ArgumentException(
                    $"Workflow '{workflow.Definition.DefinitionId}' version {workflow.Definition.Version} has no activity '{triggerActivityId}'.",
                    nameof(triggerActivityId));
        }

        if (nodes.Length == 0)
        {
            return null;
        }

        var explicitStart = Array.Find(nodes, n => n.Activity is StartActivity);
        if (explicitStart is not null)
        {
            return explicitStart.Index;
        }

        var canStart = Array.Find(nodes, n => n.Node.CanStartWorkflow);
        if (canStart is not null)
        {
            return canStart.Index;
        }

        var roots = nodes.Where(n => n.Inbound.Length == 0).Take(2).ToList();
        return roots.Count == 1 ? roots[0].Index : 0;
    }
}
