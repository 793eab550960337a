using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Risk;

/// <summary>
/// Channel inventory policy: the trailing window for average weekly sell-through (4–13 weeks), the weeks of supply
/// above which stock is a backlog, and the sell-in ÷ sell-through ratio that is a warning when exceeded for
/// <see cref="ConsecutivePeriods"/> periods running.
/// </summary>
public sealed record InventoryPolicy(
    int TrailingWeeks = 8,
    decimal MaxWeeksOfSupply = 8m,
    decimal SellInRatioLimit = 1.2m,
    int ConsecutivePeriods = 2)
{
    public const int MinTrailingWeeks = 4;
    public const int MaxTrailingWeeks = 13;

    public static InventoryPolicy Default { get; } = new();

    /// <exception cref="RuleException">A setting is out of range.</exception>
    public void Validate()
    {
        if (TrailingWeeks is < MinTrailingWeeks or > MaxTrailingWeeks)
        {
            throw new RuleException("trailingWeeks", $"The trailing window is {MinTrailingWeeks} to {MaxTrailingWeeks} weeks, not {TrailingWeeks}.");
        }
        if (MaxWeeksOfSupply <= 0m)
        {
            throw new RuleException("maxWeeksOfSupply", "The weeks-of-supply threshold must be positive.");
        }
        if (SellInRatioLimit <= 0m)
        {
            throw new RuleException("sellInRatioLimit", "The sell-in ratio limit must be positive.");
        }
        if (ConsecutivePeriods < 1)
        {
            throw new RuleException("consecutivePeriods", "At least one period is needed.");
        }
    }
}
