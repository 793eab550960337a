using FlowChannel.Channel.Common;
namespace FlowChannel.Channel.Leads;

/// <summary>
/// An allocation rule (分配规则): which leads it covers (<see cref="Criteria"/>), which partner tiers may receive them,
/// and how one partner is picked among the eligible ones. Its <see cref="Id"/> and <see cref="Version"/> go into
/// every log entry it decides.
/// </summary>
public sealed record AllocationRule(string Id, int Version, AllocationCriteria Criteria, PickerKind Picker);

/// <summary>
/// What a rule covers. An empty list places no condition: a rule with regions only covers leads from those
/// regions, whatever their industry. <see cref="Tiers"/> restricts the partners, not the leads.
/// </summary>
public sealed record AllocationCriteria(
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Industries,
    IReadOnlyList<PartnerTier> Tiers)
{
    /// <summary>A rule that covers every lead and admits every tier (the usual fallback).</summary>
    public static AllocationCriteria Any { get; } = new([], [], []);

    /// <summary>How many of the three conditions are set; the allocator tries the most specific rule first.</summary>
    public int Specificity => (Regions.Count > 0 ? 1 : 0) + (Industries.Count > 0 ? 1 : 0) + (Tiers.Count > 0 ? 1 : 0);

    internal bool Covers(Lead lead) =>
        (Regions.Count == 0 || (lead.Region is not null && Regions.Contains(lead.Region, StringComparer.OrdinalIgnoreCase)))
        && (Industries.Count == 0 || (lead.Industry is not null && Industries.Contains(lead.Industry, StringComparer.OrdinalIgnoreCase)));
}

/// <summary>How a rule picks one partner among the eligible ones.</summary>
public enum PickerKind
{
    /// <summary>Never-assigned partners first, then the oldest last assignment; ties by partner id.</summary>
    RoundRobin,

    /// <summary>
    /// Deterministic: the smallest (assigned this period + 1) ÷ weight, ties by the oldest last assignment, then id;
    /// over a period each partner receives leads roughly in proportion to its weight.
    /// </summary>
    WeightedRoundRobin,

    /// <summary>A weighted random draw (the draw is supplied by the caller and logged, so a decision can be replayed).</summary>
    WeightedByContribution,
}
