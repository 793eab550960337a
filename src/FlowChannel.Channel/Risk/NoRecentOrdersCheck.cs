using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Risk;

/// <summary>
/// No orders for N days: counted from the last order, or from the start of the partnership for a partner that
/// never ordered. A Warning from N days, Critical from 2N.
/// </summary>
public static class NoRecentOrdersCheck
{
    /// <exception cref="RuleException">N is not positive.</exception>
    public static IReadOnlyList<RiskWarning> Check(DateOnly? lastOrderOn, DateOnly activeSince, DateOnly asOf, int days)
    {
        if (days <= 0)
        {
            throw new RuleException("days", "The number of days without orders must be positive.");
        }
        var since = lastOrderOn ?? activeSince;
        var quiet = asOf.DayNumber - since.DayNumber;
        if (quiet < days)
        {
            return [];
        }
        return
        [
            new RiskWarning(
                RiskType.NoRecentOrders,
                quiet >= 2 * days ? RiskSeverity.Critical : RiskSeverity.Warning,
                [
                    new("daysWithoutOrders", quiet),
                    new("thresholdDays", days),
                    new("neverOrdered", lastOrderOn is null ? 1m : 0m),
                ]),
        ];
    }
}
