using FlowChannel.Workflows.Runtime;

namespace FlowChannel.Application.Workflows.Instances;

/// <summary>
/// One run of one activity: when it started, when it ended (null while it still waits) and how. The runtime's
/// journal has one entry per event, so a blocking activity appears there twice (Running, then its end).
/// </summary>
public sealed record ActivityExecution(
    string ActivityId,
    string ActivityType,
    string? ActivityName,
    string Status,
    IReadOnlyList<string> Outcomes,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Message)
{
    /// <summary>Pairs each Running entry with the entry that ended the same activity, oldest first.</summary>
    public static IReadOnlyList<ActivityExecution> FromJournal(IReadOnlyList<JournalEntry> journal)
    {
        var executions = new List<ActivityExecution>(journal.Count);
        var waiting = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in journal)
        {
            if (entry.Status == ActivityStatus.Running)
            {
                waiting[entry.ActivityId] = executions.Count;
                executions.Add(new(entry.ActivityId, entry.ActivityType, entry.ActivityName, entry.Status.ToString(), [], entry.Timestamp, null, entry.Message));
            }
            else if (waiting.Remove(entry.ActivityId, out var started))
            {
                executions[started] = executions[started] with
                {
                    Status = entry.Status.ToString(),
                    Outcomes = entry.Outcomes,
                    FinishedAt = entry.Timestamp,
                    Message = entry.Message ?? executions[started].Message,
                };
            }
            else
            {
                executions.Add(new(entry.ActivityId, entry.ActivityType, entry.ActivityName, entry.Status.ToString(), entry.Outcomes,
                    entry.Timestamp, entry.Timestamp, entry.Message));
            }
        }

        return executions;
    }
}
