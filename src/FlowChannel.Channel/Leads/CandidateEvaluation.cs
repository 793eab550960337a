namespace FlowChannel.Channel.Leads;

/// <summary>
/// One candidate in an allocation log: the weight the rule saw, whether it was eligible, and if not, every reason.
/// <see cref="Share"/> is the chance a weighted random pick gave it (null for the deterministic pickers).
/// </summary>
public sealed record CandidateEvaluation(
    string PartnerId,
    decimal Weight,
    IReadOnlyList<ExclusionReason> Reasons,
    decimal? Share = null)
{
    public bool Eligible => Reasons.Count == 0;
}
