using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Risk;

/// <summary>
/// A sales drop (业绩异常): a month's sales below 70 % (configurable) of the average of the three months before it.
/// The check needs the month and all three prior months in the history (give months without sales as zero);
/// without them, or with a trailing average of zero, it raises nothing.
/// </summary>
public static class SalesDropCheck
{
    public const decimal DefaultThreshold = 0.7m;

    /// <exception cref="RuleException">The threshold is not in (0, 1].</exception>
    /// <exception cref="ArgumentException">A month appears twice in the history.</exception>
    public static IReadOnlyList<RiskWarning> Check(IReadOnlyList<MonthlySales> history, DateOnly month, decimal threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (threshold is <= 0m or > 1m)
        {
            throw new RuleException("threshold", "The threshold is a share of the trailing average in (0, 1].");
        }
        var byMonth = new Dictionary<int, decimal>();
        for (var i = 0; i < history.Count; i++)
        {
            if (!byMonth.TryAdd(history[i].MonthIndex, history[i].Amount))
            {
                throw new ArgumentException($"history[{i}]: {history[i].Month:yyyy-MM} is listed twice.", nameof(history));
            }
        }
        var target = new MonthlySales(month, 0m).MonthIndex;
        if (!byMonth.TryGetValue(target, out var sales)
            || !byMonth.TryGetValue(target - 1, out var prior1)
            || !byMonth.TryGetValue(target - 2, out var prior2)
            || !byMonth.TryGetValue(target - 3, out var prior3))
        {
            return [];
        }
        var average = (prior1 + prior2 + prior3) / 3m;
        if (average <= 0m || sales >= threshold * average)
        {
            return [];
        }
        return
        [
            new RiskWarning(
                RiskType.SalesDrop,
                RiskSeverity.Warning,
                [
                    new("monthSales", sales),
                    new("trailingAverage", Math.Round(average, 2, MidpointRounding.AwayFromZero)),
                    new("ratio", Math.Round(sales / average, 4, MidpointRounding.AwayFromZero)),
                    new("threshold", threshold),
                    new("prior1", prior1),
                    new("prior2", prior2),
                    new("prior3", prior3),
                ],
                $"{month:yyyy-MM}"),
        ];
    }
}
