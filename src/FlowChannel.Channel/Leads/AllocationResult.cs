namespace FlowChannel.Channel.Leads;

/// <summary>The outcome of an allocation: always a log entry, and the assignment when a partner was chosen.</summary>
public sealed record AllocationResult(AllocationLogEntry Log, LeadAssignment? Assignment)
{
    public AllocationOutcome Outcome => Log.Outcome;
}

/// <summary>A lead given to a partner, who must accept it by <see cref="AcceptBy"/> (inclusive) or lose it.</summary>
public sealed record LeadAssignment(
    string LeadId,
    string PartnerId,
    DateTimeOffset AssignedAt,
    DateTimeOffset AcceptBy,
    string RuleId,
    int RuleVersion);
