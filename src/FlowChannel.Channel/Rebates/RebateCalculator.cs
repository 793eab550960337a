using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Rebates;

/// <summary>
/// What a basis amount earns under a program, with the tier and rate that decided it. <c>TierIndex</c> is the
/// zero-based tier reached, or -1 below the first; <c>Capped</c> says the program's cap cut the amount.
/// </summary>
public sealed record RebateEarning(decimal Basis, int TierIndex, decimal Rate, decimal Earned, bool Capped);

/// <summary>The rebate formulas of domain.md §2, exact in decimals and rounded to cents once at the end.</summary>
public static class RebateCalculator
{
    public static RebateEarning Earn(RebateProgram program, decimal basis)
    {
        ArgumentNullException.ThrowIfNull(program);
        var table = program.Table;
        // Returns larger than sales leave a negative basis: it earns nothing rather than a negative rebate, and the
        // settlement's netting against what was already paid turns that into the clawback.
        var k = basis <= 0 ? -1 : table.TierFor(basis);
        if (k < 0)
        {
            return new RebateEarning(basis, -1, 0m, 0m, false);
        }
        var rate = table.Tiers[k].Rate;
        var earned = program.Method == RebateMethod.Retroactive ? basis * rate : Incremental(table, basis, k);
        earned = Money.Round(earned);
        if (program.Cap is { } cap && earned > cap)
        {
            return new RebateEarning(basis, k, rate, cap, true);
        }
        return new RebateEarning(basis, k, rate, earned, false);
    }

    private static decimal Incremental(RebateTable table, decimal basis, int k)
    {
        var total = 0m;
        for (var i = 0; i <= k; i++)
        {
            var tier = table.Tiers[i];
            var top = tier.Upper is { } upper ? Math.Min(basis, upper) : basis;
            total += tier.Rate * (top - tier.Lower);
        }
        return total;
    }
}
