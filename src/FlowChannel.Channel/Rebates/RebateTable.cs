using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Rebates;

/// <summary>
/// A checked tier table: tiers ascending and contiguous (each upper bound is the next lower bound), only the last
/// open-ended, rates between 0 and 1. Checking once here is what lets the calculators assume a well-formed table.
/// </summary>
public sealed class RebateTable
{
    private RebateTable(IReadOnlyList<RebateTier> tiers) => Tiers = tiers;

    public IReadOnlyList<RebateTier> Tiers { get; }

    public static RebateTable Create(IReadOnlyList<RebateTier> tiers)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        if (tiers.Count == 0)
        {
            throw new RuleException("tiers", "A tier table needs at least one tier.");
        }
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            if (tier.Rate is < 0 or > 1)
            {
                throw new RuleException($"tiers[{i}].rate", "A rate is a fraction between 0 and 1 (0.03 for 3 %).");
            }
            var isLast = i == tiers.Count - 1;
            if (!isLast && tier.Upper is null)
            {
                throw new RuleException($"tiers[{i}].upper", "Only the last tier may be open-ended.");
            }
            if (tier.Upper is { } upper && upper <= tier.Lower)
            {
                throw new RuleException($"tiers[{i}].upper", "The upper bound must be above the lower bound.");
            }
            if (!isLast && tiers[i + 1].Lower != tier.Upper)
            {
                throw new RuleException($"tiers[{i + 1}].lower", $"Tiers must be contiguous: expected {tier.Upper}, the previous tier's upper bound.");
            }
        }
        return new RebateTable([.. tiers]);
    }

    /// <summary>The highest tier whose lower bound the value reaches (lower bounds are inclusive), or -1 below the first.</summary>
    public int TierFor(decimal value)
    {
        for (var i = Tiers.Count - 1; i >= 0; i--)
        {
            if (value >= Tiers[i].Lower)
            {
                return i;
            }
        }
        return -1;
    }
}
