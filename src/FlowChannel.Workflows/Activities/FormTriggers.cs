using FlowChannel.Workflows.Activities.Platform;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities;

/// <summary>Finds the form-submission triggers of a definition.</summary>
public static class FormTriggers
{
    /// <summary>Every <c>FlowChannel.FormSubmitted</c> activity with <c>canStartWorkflow</c> and a literal form id.</summary>
    public static IReadOnlyList<FormTrigger> Find(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var triggers = new List<FormTrigger>();
        foreach (var node in definition.Root.Activities)
        {
            if (node.CanStartWorkflow && node.IsKnown && FormSubmittedActivity.IsFormSubmitted(node)
                && FormSubmittedActivity.LiteralFormId(node) is { } formId)
            {
                triggers.Add(new FormTrigger(node.Id, formId));
            }
        }

        return triggers;
    }
}
