using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Application.Workflows;

/// <summary>Adds what the application learnt while carrying out a step to that step's journal.</summary>
internal static class StepJournal
{
    /// <summary>Appends <paramref name="note"/> to the latest journal entry of <paramref name="activityId"/>.</summary>
    public static void AddNote(WorkflowInstanceState state, string activityId, string note)
    {
        var index = state.Journal.FindLastIndex(e => e.ActivityId == activityId);
        if (index >= 0)
        {
            var entry = state.Journal[index];
            state.Journal[index] = entry with { Message = entry.Message is { Length: > 0 } message ? $"{message} {note}" : note };
        }
    }
}
