using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Workflows.Activities;

/// <summary>What an activity may know of the flowchart around it and of the instance's history.</summary>
public sealed partial class ActivityExecutionContext
{
    /// <summary>True when a connection leaves this activity from <paramref name="port"/>: the author decided what follows it.</summary>
    public bool IsConnected(string port)
    {
        foreach (var edge in _node.Outbound)
        {
            if (string.Equals(_execution.Workflow.Edges[edge].Port, port, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The activities of <paramref name="activityType"/> before this one on the way from the start (not round a loop,
    /// not on a parallel branch) that completed in this instance, oldest first, each once. Going back to one of them
    /// re-runs a path that leads here again; the journal keeps the recent history.
    /// </summary>
    public IReadOnlyList<JournalEntry> EarlierCompleted(string activityType)
    {
        var ancestors = _execution.View.AncestorsOf(_node.Index);
        var seen = new HashSet<string>(StringComparer.Ordinal) { ActivityId };
        var found = new List<JournalEntry>();
        foreach (var entry in _execution.State.Journal)
        {
            if (entry.Status == ActivityStatus.Completed && entry.ActivityType == activityType
                && _execution.Workflow.IndexById.TryGetValue(entry.ActivityId, out var index) && ancestors[index] && seen.Add(entry.ActivityId))
            {
                found.Add(entry);
            }
        }

        return found;
    }
}
