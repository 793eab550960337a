using FlowChannel.Workflows.Activities.Platform;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities;

/// <summary>A <c>FlowChannel.RecordChanged</c> trigger: its activity and the form whose changes it watches.</summary>
public sealed record RecordChangeTrigger(string ActivityId, string FormId);

/// <summary>Finds the record-change triggers of a definition.</summary>
public static class RecordChangeTriggers
{
    /// <summary>Every <c>FlowChannel.RecordChanged</c> activity with <c>canStartWorkflow</c> and a literal form id.</summary>
    public static IReadOnlyList<RecordChangeTrigger> Find(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return [.. definition.Root.Activities
            .Where(node => node.CanStartWorkflow && node.IsKnown && RecordChangedActivity.IsRecordChanged(node))
            .Select(node => (node.Id, FormId: FormSubmittedActivity.LiteralFormId(node)))
            .Where(t => t.FormId is not null)
            .Select(t => new RecordChangeTrigger(t.Id, t.FormId!))];
    }
}
