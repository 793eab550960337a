using FlowChannel.Channel.Risk;

namespace FlowChannel.Channel.Tests.Risk;

public sealed class AttainmentPaceCheckTests
{
    private static readonly DateOnly Start = new(2026, 11, 1);
    private static readonly DateOnly End = new(2026, 11, 10);

    // Ten-day period; on the 5th, half the time has gone, so attainment may lag down to 30 %.
    [Theory]
    [InlineData("300", null)]
    [InlineData("299.99", RiskSeverity.Warning)]
    [InlineData("100", RiskSeverity.Warning)]
    [InlineData("99.99", RiskSeverity.Critical)]
    public void Attainment_more_than_20_points_behind_time_elapsed_warns(string actual, RiskSeverity? expected) =>
        Assert.Equal(
            expected,
            AttainmentPaceCheck.Check(1_000m, decimal.Parse(actual, CultureInfo.InvariantCulture), Start, End, new DateOnly(2026, 11, 5)).SingleOrDefault()?.Severity);

    [Fact]
    public void A_quarter_half_gone_with_a_quarter_of_the_target_warns_with_its_figures()
    {
        // Q4: 92 days; 15 November is day 46.
        var warning = Assert.Single(AttainmentPaceCheck.Check(4_000_000m, 1_000_000m, new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 11, 15)));

        Assert.Equal(RiskType.AttainmentBehindSchedule, warning.Type);
        Assert.Equal(25m, warning.Figure("attainmentPercent"));
        Assert.Equal(50m, warning.Figure("elapsedPercent"));
        Assert.Equal(25m, warning.Figure("gapPoints"));
        Assert.Equal(20m, warning.Figure("allowedGapPoints"));
    }

    [Fact]
    public void The_last_day_and_later_count_as_all_the_time_elapsed()
    {
        Assert.Equal(100m, Assert.Single(AttainmentPaceCheck.Check(1_000m, 790m, Start, End, End)).Figure("elapsedPercent"));
        Assert.Equal(100m, Assert.Single(AttainmentPaceCheck.Check(1_000m, 790m, Start, End, End.AddDays(40))).Figure("elapsedPercent"));
        Assert.Empty(AttainmentPaceCheck.Check(1_000m, 800m, Start, End, End));
    }

    [Fact]
    public void The_first_day_counts_as_one_day_elapsed() =>
        Assert.Empty(AttainmentPaceCheck.Check(1_000m, 0m, Start, End, Start));

    [Fact]
    public void Without_a_target_or_before_the_period_nothing_is_raised()
    {
        Assert.Empty(AttainmentPaceCheck.Check(0m, 0m, Start, End, End));
        Assert.Empty(AttainmentPaceCheck.Check(1_000m, 0m, Start, End, Start.AddDays(-1)));
    }

    [Fact]
    public void Returns_larger_than_sales_show_as_negative_attainment() =>
        Assert.Equal(-10m, Assert.Single(AttainmentPaceCheck.Check(1_000m, -100m, Start, End, Start.AddDays(2))).Figure("attainmentPercent"));

    [Fact]
    public void The_allowed_gap_can_be_set() =>
        Assert.Empty(AttainmentPaceCheck.Check(1_000m, 100m, Start, End, new DateOnly(2026, 11, 5), gapPoints: 40m));

    [Fact]
    public void A_negative_gap_is_named() =>
        Assert.Equal("gapPoints", Assert.Throws<RuleException>(() => AttainmentPaceCheck.Check(1m, 1m, Start, End, End, -1m)).Path);

    [Fact]
    public void A_period_ending_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => AttainmentPaceCheck.Check(1m, 1m, End, Start, End));
}
