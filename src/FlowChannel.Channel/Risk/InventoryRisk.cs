using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Risk;

/// <summary>
/// Channel inventory backlog (渠道库存积压): weeks of supply above the policy's threshold, and sell-in running ahead
/// of sell-through (ratio above the limit) for consecutive periods.
/// </summary>
public static class InventoryRisk
{
    /// <summary>
    /// Weeks of supply from the most recent <see cref="InventoryPolicy.TrailingWeeks"/> weeks of
    /// <paramref name="weeklySellThrough"/> (oldest first); null when the history is shorter than the window.
    /// </summary>
    /// <exception cref="RuleException">The policy is unusable.</exception>
    public static InventoryCover? Cover(decimal onHand, IReadOnlyList<decimal> weeklySellThrough, InventoryPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(weeklySellThrough);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        if (weeklySellThrough.Count < policy.TrailingWeeks)
        {
            return null;
        }
        var average = weeklySellThrough.TakeLast(policy.TrailingWeeks).Sum() / policy.TrailingWeeks;
        var weeks = average > 0m ? Math.Round(onHand / average, 2, MidpointRounding.AwayFromZero) : (decimal?)null;
        return new InventoryCover(onHand, Math.Round(average, 4, MidpointRounding.AwayFromZero), policy.TrailingWeeks, weeks);
    }

    /// <summary>
    /// A Warning when weeks of supply exceed the threshold, Critical above twice it or when stock is on hand but
    /// nothing sold through in the window. Too short a history raises nothing.
    /// </summary>
    public static IReadOnlyList<RiskWarning> CheckWeeksOfSupply(
        decimal onHand, IReadOnlyList<decimal> weeklySellThrough, InventoryPolicy policy, string? subject = null)
    {
        var cover = Cover(onHand, weeklySellThrough, policy);
        if (cover is null || onHand <= 0m)
        {
            return [];
        }
        RiskSeverity? severity = cover.WeeksOfSupply switch
        {
            null => RiskSeverity.Critical,
            var w when w > 2 * policy.MaxWeeksOfSupply => RiskSeverity.Critical,
            var w when w > policy.MaxWeeksOfSupply => RiskSeverity.Warning,
            _ => null,
        };
        if (severity is null)
        {
            return [];
        }
        return
        [
            new RiskWarning(
                RiskType.InventoryWeeksOfSupply,
                severity.Value,
                [
                    new("onHand", onHand),
                    new("averageWeeklySellThrough", cover.AverageWeeklySellThrough),
                    new("trailingWeeks", cover.WeeksUsed),
                    new("weeksOfSupply", cover.WeeksOfSupply),
                    new("maxWeeksOfSupply", policy.MaxWeeksOfSupply),
                ],
                subject),
        ];
    }

    /// <summary>
    /// A Warning when sell-in ÷ sell-through exceeded the limit in each of the last
    /// <see cref="InventoryPolicy.ConsecutivePeriods"/> periods (oldest first). Buying with nothing sold through
    /// counts as exceeding; a period without sell-in does not. Figures are named <c>{period}.sellIn</c>,
    /// <c>{period}.sellThrough</c> and <c>{period}.ratio</c>.
    /// </summary>
    /// <exception cref="RuleException">The policy is unusable.</exception>
    public static IReadOnlyList<RiskWarning> CheckSellIn(IReadOnlyList<ChannelPeriod> periods, InventoryPolicy policy, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        if (periods.Count < policy.ConsecutivePeriods)
        {
            return [];
        }
        var run = periods.TakeLast(policy.ConsecutivePeriods).ToList();
        if (!run.All(p => Exceeds(p, policy.SellInRatioLimit)))
        {
            return [];
        }
        var figures = run
            .SelectMany(p => new RiskFigure[]
            {
                new($"{p.Period}.sellIn", p.SellIn),
                new($"{p.Period}.sellThrough", p.SellThrough),
                new($"{p.Period}.ratio", Ratio(p)),
            })
            .Append(new RiskFigure("sellInRatioLimit", policy.SellInRatioLimit))
            .ToList();
        return [new RiskWarning(RiskType.SellInAboveSellThrough, RiskSeverity.Warning, figures, subject)];
    }

    private static bool Exceeds(ChannelPeriod period, decimal limit) =>
        period.SellIn > 0m && (period.SellThrough <= 0m || period.SellIn / period.SellThrough > limit);

    private static decimal? Ratio(ChannelPeriod period) =>
        period.SellThrough > 0m ? Math.Round(period.SellIn / period.SellThrough, 4, MidpointRounding.AwayFromZero) : null;
}
