namespace FlowChannel.Channel.Goals;

/// <summary>
/// Progress against a goal: attainment = actual ÷ target in percent, beside the share of the period already
/// elapsed, so that "60 % done with 75 % of the year gone" is visible. <c>Percent</c> is null for a zero target.
/// </summary>
public sealed record Attainment(decimal Target, decimal Actual, decimal? Percent, decimal ElapsedPercent)
{
    /// <summary>Attainment minus time elapsed, in points; negative means behind plan.</summary>
    public decimal? GapPoints => Percent - ElapsedPercent;

    public static Attainment Of(decimal target, decimal actual, DateOnly periodStart, DateOnly periodEnd, DateOnly asOf)
    {
        var percent = target == 0 ? (decimal?)null : Math.Round(actual / target * 100m, 2, MidpointRounding.AwayFromZero);
        return new Attainment(target, actual, percent, PercentElapsed(periodStart, periodEnd, asOf));
    }

    /// <summary>Whole days elapsed of an inclusive period, as a percentage (0 before it starts, 100 from its last day).</summary>
    public static decimal PercentElapsed(DateOnly periodStart, DateOnly periodEnd, DateOnly asOf)
    {
        if (periodEnd < periodStart)
        {
            throw new Common.RuleException("periodEnd", "A period cannot end before it starts.");
        }
        var days = periodEnd.DayNumber - periodStart.DayNumber + 1;
        var done = Math.Clamp(asOf.DayNumber - periodStart.DayNumber + 1, 0, days);
        return Math.Round(done * 100m / days, 2, MidpointRounding.AwayFromZero);
    }
}
