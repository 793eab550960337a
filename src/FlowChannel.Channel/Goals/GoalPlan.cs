using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Goals;

/// <summary>A yearly target decomposed into months and quarters whose parts add up to the year exactly.</summary>
public sealed record GoalPlan(int Year, decimal YearTarget, IReadOnlyList<decimal> Months, IReadOnlyList<decimal> Quarters)
{
    /// <summary>
    /// Splits a yearly target over the twelve months by seasonality weights (equal when none are given), exact to
    /// the cent, and sums the months into quarters so that months, quarters and year always agree.
    /// </summary>
    public static GoalPlan Decompose(int year, decimal yearTarget, IReadOnlyList<decimal>? monthWeights = null)
    {
        if (yearTarget < 0)
        {
            throw new RuleException("yearTarget", "A target cannot be negative.");
        }
        if (monthWeights is not null && monthWeights.Count != 12)
        {
            throw new RuleException("monthWeights", $"Seasonality needs 12 monthly weights, not {monthWeights.Count}.");
        }
        var weights = monthWeights ?? Enumerable.Repeat(1m, 12).ToArray();
        var months = Money.Apportion(yearTarget, weights);
        var quarters = Enumerable.Range(0, 4).Select(q => months.Skip(q * 3).Take(3).Sum()).ToArray();
        return new GoalPlan(year, yearTarget, months, quarters);
    }

    /// <summary>The target from the start of the year to the end of the given month (1–12).</summary>
    public decimal TargetThroughMonth(int month)
    {
        if (month is < 1 or > 12)
        {
            throw new RuleException("month", "A month is 1 to 12.");
        }
        return Months.Take(month).Sum();
    }
}
