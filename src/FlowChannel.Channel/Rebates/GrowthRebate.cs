using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Rebates;

/// <summary>How a growth program treats a partner without a usable baseline (new partner, or a baseline of zero).</summary>
public enum NoBaselinePolicy
{
    /// <summary>No growth rebate: growth cannot be measured. The default, because any rate would be invented.</summary>
    NotEligible,

    /// <summary>Paid at the first growth tier's rate, for programs that want to reward new partners' first year.</summary>
    FirstTier,
}

/// <summary>A growth rebate's outcome; <see cref="Growth"/> is null when there was no baseline.</summary>
public sealed record GrowthRebateResult(decimal Sales, decimal? Baseline, decimal? Growth, int TierNumber, decimal Rate, decimal Earned, string Reason);

/// <summary>
/// Growth rebates: g = (S − S_baseline) / S_baseline selects the tier of a table whose bounds are growth rates
/// (0.10 = 10 %), and the reached rate is paid on the period's sales S.
/// </summary>
public static class GrowthRebate
{
    public static GrowthRebateResult Earn(RebateTable growthTiers, decimal sales, decimal? baseline, NoBaselinePolicy policy = NoBaselinePolicy.NotEligible)
    {
        ArgumentNullException.ThrowIfNull(growthTiers);
        if (sales <= 0)
        {
            return new GrowthRebateResult(sales, baseline, null, 0, 0m, 0m, "no sales in the period");
        }
        if (baseline is not > 0)
        {
            if (policy == NoBaselinePolicy.NotEligible)
            {
                return new GrowthRebateResult(sales, baseline, null, 0, 0m, 0m, "no baseline: growth cannot be measured");
            }
            var first = growthTiers.Tiers[0].Rate;
            return new GrowthRebateResult(sales, baseline, null, 1, first, Money.Round(sales * first), "no baseline: paid at the first tier");
        }
        var growth = (sales - baseline.Value) / baseline.Value;
        var k = growthTiers.TierFor(growth);
        if (k < 0)
        {
            return new GrowthRebateResult(sales, baseline, growth, 0, 0m, 0m, "growth below the first tier");
        }
        var rate = growthTiers.Tiers[k].Rate;
        return new GrowthRebateResult(sales, baseline, growth, k + 1, rate, Money.Round(sales * rate), $"growth reached tier {k + 1}");
    }
}
