namespace FlowChannel.Channel.Risk;

/// <summary>
/// How long channel stock lasts: on hand ÷ average weekly sell-through over the trailing window.
/// <see cref="WeeksOfSupply"/> is null when nothing sold through in the window (the stock does not move).
/// </summary>
public sealed record InventoryCover(decimal OnHand, decimal AverageWeeklySellThrough, int WeeksUsed, decimal? WeeksOfSupply);

/// <summary>One period's sell-in (partner purchases) and sell-through (partner sales to end customers).</summary>
public sealed record ChannelPeriod(string Period, decimal SellIn, decimal SellThrough);
