namespace FlowChannel.Channel.Deals;

/// <summary>
/// The outcome of checking a new registration: its normalised name and credit code check (null when no code was
/// given; an invalid code is reported, not thrown), other partners' registrations it conflicts with, and the same
/// partner's own earlier registrations it duplicates.
/// </summary>
public sealed record DealCheck(
    string NormalizedName,
    CreditCodeCheck? CreditCode,
    IReadOnlyList<DealMatch> Conflicts,
    IReadOnlyList<DealMatch> Duplicates)
{
    public bool HasConflict => Conflicts.Count > 0;

    public bool IsDuplicate => Duplicates.Count > 0;

    public bool HasInvalidCreditCode => CreditCode is { IsValid: false };
}
