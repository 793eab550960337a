using FlowChannel.Channel.Risk;

namespace FlowChannel.Channel.Tests.Risk;

public sealed class DaysSalesOutstandingTests
{
    [Fact]
    public void Dso_is_receivables_over_credit_sales_times_days()
    {
        Assert.Equal(30m, DaysSalesOutstanding.Compute(300_000m, 900_000m, 90));
        Assert.Equal(4.43m, DaysSalesOutstanding.Compute(100m, 700m, 31));
    }

    [Fact]
    public void Without_credit_sales_dso_is_undefined() =>
        Assert.Null(DaysSalesOutstanding.Compute(100m, 0m, 30));

    [Theory]
    [InlineData("450000", "none")]
    [InlineData("450150", "Warning")]
    [InlineData("900000", "Warning")]
    [InlineData("900150", "Critical")]
    public void Dso_above_the_limit_warns_and_above_twice_it_is_critical(string receivables, string expected)
    {
        // Credit sales 900,000 over 90 days: DSO = receivables ÷ 10,000; the limit is 45 days.
        var warnings = DaysSalesOutstanding.Check(decimal.Parse(receivables, CultureInfo.InvariantCulture), 900_000m, 90, 45m);

        Assert.Equal(expected, warnings.SingleOrDefault()?.Severity.ToString() ?? "none");
    }

    [Fact]
    public void The_warning_carries_the_figures()
    {
        var warning = Assert.Single(DaysSalesOutstanding.Check(600_000m, 900_000m, 90, 45m));

        Assert.Equal(RiskType.DaysSalesOutstanding, warning.Type);
        Assert.Equal(60m, warning.Figure("dso"));
        Assert.Equal(45m, warning.Figure("limitDays"));
        Assert.Equal(90m, warning.Figure("periodDays"));
    }

    [Fact]
    public void Receivables_left_after_a_period_without_credit_sales_warn()
    {
        var warning = Assert.Single(DaysSalesOutstanding.Check(10m, 0m, 30, 45m));

        Assert.Equal(RiskSeverity.Warning, warning.Severity);
        Assert.Null(warning.Figure("dso"));
        Assert.Empty(DaysSalesOutstanding.Check(0m, 0m, 30, 45m));
    }

    [Fact]
    public void A_period_without_days_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DaysSalesOutstanding.Compute(1m, 1m, 0));

    [Fact]
    public void A_limit_of_zero_days_is_refused() =>
        Assert.Equal("limitDays", Assert.Throws<RuleException>(() => DaysSalesOutstanding.Check(1m, 1m, 30, 0m)).Path);
}
