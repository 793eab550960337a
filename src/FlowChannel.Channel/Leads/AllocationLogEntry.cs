namespace FlowChannel.Channel.Leads;

/// <summary>
/// The record of one allocation decision (分配日志): every rule tried, most specific first, with each candidate's
/// weight and eligibility or exclusion reasons; the choice and why; the random draw when one was used; and the
/// partners kept out because they declined or let this lead expire before.
/// </summary>
public sealed record AllocationLogEntry(
    string LeadId,
    bool IsPremium,
    DateTimeOffset DecidedAt,
    AllocationOutcome Outcome,
    IReadOnlyList<RuleAttempt> Attempts,
    AllocationChoice? Choice,
    decimal? Draw,
    IReadOnlyList<string> ExcludedForThisLead)
{
    /// <summary>The rule that made the assignment (the last one tried), or null when nobody was assigned.</summary>
    public RuleAttempt? DecidingRule => Outcome == AllocationOutcome.Assigned ? Attempts[^1] : null;
}

/// <summary>One rule the allocator tried, with how it judged every candidate.</summary>
public sealed record RuleAttempt(string RuleId, int RuleVersion, PickerKind Picker, IReadOnlyList<CandidateEvaluation> Candidates)
{
    public int EligibleCount => Candidates.Count(c => c.Eligible);
}

/// <summary>How an allocation ended.</summary>
public enum AllocationOutcome
{
    Assigned,

    /// <summary>No rule covers the lead's region and industry.</summary>
    NoRuleCoversLead,

    /// <summary>Rules cover the lead but none had an eligible candidate; the attempts say why for each.</summary>
    NoEligibleCandidate,
}
