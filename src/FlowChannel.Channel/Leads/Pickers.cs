using System.Globalization;

namespace FlowChannel.Channel.Leads;

/// <summary>
/// The pickers: each chooses one of the eligible candidates (never an empty list) and says why. The deterministic
/// ones share one tie-break: never assigned first, then the oldest last assignment, then partner id (ordinal).
/// </summary>
internal static class Pickers
{
    public static AllocationChoice RoundRobin(IReadOnlyList<LeadCandidate> eligible) =>
        PickBy(
            eligible,
            c => c.LastAssignedAt,
            c => c.LastAssignedAt is null ? ChoiceReason.NeverAssigned : ChoiceReason.OldestLastAssignment,
            c => c.LastAssignedAt is null ? "never assigned" : $"last assigned {Stamp(c.LastAssignedAt)}");

    public static AllocationChoice WeightedRoundRobin(IReadOnlyList<LeadCandidate> eligible) =>
        PickBy(
            eligible,
            Load,
            _ => ChoiceReason.LowestWeightedLoad,
            c => $"load {Figure(Load(c))} = ({c.AssignedThisPeriod} + 1) ÷ {Figure(c.ContributionWeight)}");

    public static AllocationChoice PremiumRotation(IReadOnlyList<LeadCandidate> eligible) =>
        PickBy(
            eligible,
            c => c.PremiumLeadsThisPeriod,
            _ => ChoiceReason.PremiumRotation,
            c => $"{c.PremiumLeadsThisPeriod} premium leads this period, last assigned {Stamp(c.LastAssignedAt)}");

    /// <summary>
    /// Lays the candidates in partner-id order on [0, Σweight) and picks the one whose segment holds draw × Σweight,
    /// so the same draw over the same candidates always picks the same partner.
    /// </summary>
    public static AllocationChoice WeightedDraw(IReadOnlyList<LeadCandidate> eligible, decimal draw)
    {
        var ordered = eligible.OrderBy(c => c.PartnerId, StringComparer.Ordinal).ToList();
        var total = ordered.Sum(c => c.ContributionWeight);
        var point = draw * total;
        var start = 0m;
        foreach (var candidate in ordered)
        {
            var end = start + candidate.ContributionWeight;
            if (point < end || ReferenceEquals(candidate, ordered[^1]))
            {
                return new AllocationChoice(
                    candidate.PartnerId,
                    ChoiceReason.WeightedDraw,
                    TieBreak.None,
                    $"draw {Figure(draw)} × {Figure(total)} = {Figure(point)} falls in [{Figure(start)}, {Figure(end)})");
            }
            start = end;
        }
        throw new InvalidOperationException("A weighted draw needs at least one candidate.");
    }

    public static decimal Load(LeadCandidate candidate) => (candidate.AssignedThisPeriod + 1) / candidate.ContributionWeight;

    private static AllocationChoice PickBy<TKey>(
        IReadOnlyList<LeadCandidate> eligible,
        Func<LeadCandidate, TKey> key,
        Func<LeadCandidate, ChoiceReason> reason,
        Func<LeadCandidate, string> detail)
    {
        var ordered = eligible
            .OrderBy(key)
            .ThenBy(c => c.LastAssignedAt)
            .ThenBy(c => c.PartnerId, StringComparer.Ordinal)
            .ToList();
        var first = ordered[0];
        var tie = TieBreak.None;
        if (ordered.Count > 1 && Comparer<TKey>.Default.Compare(key(ordered[1]), key(first)) == 0)
        {
            tie = ordered[1].LastAssignedAt == first.LastAssignedAt ? TieBreak.PartnerId : TieBreak.OldestLastAssignment;
        }
        return new AllocationChoice(first.PartnerId, reason(first), tie, detail(first));
    }

    private static string Stamp(DateTimeOffset? at) => at?.ToString("O", CultureInfo.InvariantCulture) ?? "never";

    private static string Figure(decimal value) => Math.Round(value, 4).ToString("0.####", CultureInfo.InvariantCulture);
}
