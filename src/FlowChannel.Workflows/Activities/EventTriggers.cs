using FlowChannel.Workflows.Activities.Messaging;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities;

/// <summary>
/// Finds the event triggers of a definition. Start an instance from one with <c>TriggerActivityId</c> set to its
/// activity id and the event payload as the workflow input.
/// </summary>
public static class EventTriggers
{
    /// <summary>Every <c>Elsa.Event</c> activity with <c>canStartWorkflow</c> and a literal event name.</summary>
    public static IReadOnlyList<EventTrigger> Find(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var triggers = new List<EventTrigger>();
        foreach (var node in definition.Root.Activities)
        {
            if (node.CanStartWorkflow && node.IsKnown && string.Equals(node.Type, EventActivity.Type, StringComparison.OrdinalIgnoreCase)
                && EventActivity.LiteralEventName(node) is { } eventName)
            {
                triggers.Add(new EventTrigger(node.Id, eventName));
            }
        }

        return triggers;
    }
}
