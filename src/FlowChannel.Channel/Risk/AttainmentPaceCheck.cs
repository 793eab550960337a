using FlowChannel.Channel.Common;

namespace FlowChannel.Channel.Risk;

/// <summary>
/// Attainment behind schedule: attainment % (actual ÷ target) below time elapsed % minus 20 points (configurable).
/// Time elapsed counts whole days with <c>asOf</c> included, so on the last day of the period it is 100 %.
/// A Warning, Critical when the gap is twice the allowed one. No target, or a date before the period, raises nothing.
/// </summary>
public static class AttainmentPaceCheck
{
    public const decimal DefaultGapPoints = 20m;

    /// <exception cref="RuleException">The gap is negative.</exception>
    /// <exception cref="ArgumentException">The period ends before it starts.</exception>
    public static IReadOnlyList<RiskWarning> Check(
        decimal target,
        decimal actual,
        DateOnly periodStart,
        DateOnly periodEnd,
        DateOnly asOf,
        decimal gapPoints = DefaultGapPoints)
    {
        if (gapPoints < 0m)
        {
            throw new RuleException("gapPoints", "The allowed gap cannot be negative.");
        }
        if (periodEnd < periodStart)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(periodEnd));
        }
        if (target <= 0m || asOf < periodStart)
        {
            return [];
        }
        var periodDays = periodEnd.DayNumber - periodStart.DayNumber + 1;
        var elapsedDays = Math.Min(asOf.DayNumber - periodStart.DayNumber + 1, periodDays);
        var elapsed = 100m * elapsedDays / periodDays;
        var attainment = 100m * actual / target;
        var gap = elapsed - attainment;
        if (gap <= gapPoints)
        {
            return [];
        }
        return
        [
            new RiskWarning(
                RiskType.AttainmentBehindSchedule,
                gap > 2 * gapPoints ? RiskSeverity.Critical : RiskSeverity.Warning,
                [
                    new("target", target),
                    new("actual", actual),
                    new("attainmentPercent", Round(attainment)),
                    new("elapsedPercent", Round(elapsed)),
                    new("gapPoints", Round(gap)),
                    new("allowedGapPoints", gapPoints),
                ]),
        ];
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
