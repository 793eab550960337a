using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Risk;

/// <summary>DSO (应收账款周转天数) = receivables ÷ credit sales of the period × days of the period.</summary>
public static class DaysSalesOutstanding
{
    /// <summary>DSO to two decimals, or null when the period had no credit sales (DSO is undefined).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The period has no days.</exception>
    public static decimal? Compute(decimal receivables, decimal creditSales, int periodDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(periodDays);
        return creditSales <= 0m
            ? null
            : Math.Round(receivables / creditSales * periodDays, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// A Warning when DSO is above <paramref name="limitDays"/> (Critical above twice that), or when receivables
    /// remain after a period without credit sales.
    /// </summary>
    /// <exception cref="RuleException">The limit is not positive.</exception>
    public static IReadOnlyList<RiskWarning> Check(decimal receivables, decimal creditSales, int periodDays, decimal limitDays)
    {
        if (limitDays <= 0m)
        {
            throw new RuleException("limitDays", "The DSO limit must be positive.");
        }
        var dso = Compute(receivables, creditSales, periodDays);
        var severity = dso switch
        {
            null when receivables > 0m => RiskSeverity.Warning,
            null => (RiskSeverity?)null,
            _ when dso > 2 * limitDays => RiskSeverity.Critical,
            _ when dso > limitDays => RiskSeverity.Warning,
            _ => null,
        };
        if (severity is null)
        {
            return [];
        }
        return
        [
            new RiskWarning(
                RiskType.DaysSalesOutstanding,
                severity.Value,
                [
                    new("receivables", receivables),
                    new("creditSales", creditSales),
                    new("periodDays", periodDays),
                    new("dso", dso),
                    new("limitDays", limitDays),
                ]),
        ];
    }
}
