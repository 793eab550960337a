namespace FlowChannel.Channel.Leads;

/// <summary>
/// The partner a picker chose and why: the deciding criterion, how a tie on it was broken, and the figures in
/// <see cref="Detail"/> (invariant text such as <c>load 0.5 = (0 + 1) ÷ 2</c>) for the log and the partner's view.
/// </summary>
public sealed record AllocationChoice(string PartnerId, ChoiceReason Reason, TieBreak TieBrokenBy, string Detail);

/// <summary>The criterion that decided a pick.</summary>
public enum ChoiceReason
{
    /// <summary>Round robin: the partner had never been assigned a lead.</summary>
    NeverAssigned,

    /// <summary>Round robin: the partner's last assignment was the oldest.</summary>
    OldestLastAssignment,

    /// <summary>Weighted round robin: the smallest (assigned this period + 1) ÷ weight.</summary>
    LowestWeightedLoad,

    /// <summary>Weighted by contribution: the logged draw fell in the partner's share.</summary>
    WeightedDraw,

    /// <summary>Premium lead: the fewest premium leads this period, then the oldest last assignment.</summary>
    PremiumRotation,
}

/// <summary>How a tie on the deciding criterion was broken, if there was one.</summary>
public enum TieBreak
{
    None,
    OldestLastAssignment,
    PartnerId,
}
