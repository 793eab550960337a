namespace FlowChannel.Workflows.Runtime;

/// <summary>One step of an instance's history.</summary>
public sealed record JournalEntry(
    string ActivityId,
    string ActivityType,
    string? ActivityName,
    ActivityStatus Status,
    IReadOnlyList<string> Outcomes,
    DateTimeOffset Timestamp,
    string? Message = null);
