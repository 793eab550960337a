using FlowChannel.Channel.Risk;

namespace FlowChannel.Channel.Tests.Risk;

public sealed class PerformanceAnomalyTests
{
    private static MonthlySales Month(int year, int month, decimal amount) => new(new DateOnly(year, month, 1), amount);

    private static MonthlySales[] History(decimal november) =>
        [Month(2026, 8, 100_000m), Month(2026, 9, 110_000m), Month(2026, 10, 90_000m), Month(2026, 11, november)];

    [Fact]
    public void A_month_below_70_percent_of_the_trailing_three_month_average_is_a_sales_drop()
    {
        var warning = Assert.Single(SalesDropCheck.Check(History(69_999m), new DateOnly(2026, 11, 30)));

        Assert.Equal((RiskType.SalesDrop, RiskSeverity.Warning, "2026-11"), (warning.Type, warning.Severity, warning.Subject));
        Assert.Equal(100_000m, warning.Figure("trailingAverage"));
        Assert.Equal(0.7m, warning.Figure("threshold"));
        Assert.Equal(0.7m, warning.Figure("ratio"));
        Assert.Equal(90_000m, warning.Figure("prior1"));
    }

    [Fact]
    public void Exactly_70_percent_is_not_a_drop() =>
        Assert.Empty(SalesDropCheck.Check(History(70_000m), new DateOnly(2026, 11, 1)));

    [Fact]
    public void Three_prior_months_are_needed()
    {
        Assert.Empty(SalesDropCheck.Check(History(0m)[1..], new DateOnly(2026, 11, 1)));
        Assert.Empty(SalesDropCheck.Check([.. History(0m).Where(m => m.Month.Month != 9)], new DateOnly(2026, 11, 1)));
        Assert.Empty(SalesDropCheck.Check(History(0m)[..3], new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public void Months_without_sales_count_when_given_as_zero()
    {
        MonthlySales[] history = [Month(2026, 8, 0m), Month(2026, 9, 0m), Month(2026, 10, 30_000m), Month(2026, 11, 6_000m)];

        Assert.Equal(10_000m, Assert.Single(SalesDropCheck.Check(history, new DateOnly(2026, 11, 1))).Figure("trailingAverage"));
    }

    [Fact]
    public void A_zero_trailing_average_raises_nothing() =>
        Assert.Empty(SalesDropCheck.Check([Month(2026, 8, 0m), Month(2026, 9, 0m), Month(2026, 10, 0m), Month(2026, 11, 0m)], new DateOnly(2026, 11, 1)));

    [Fact]
    public void The_trailing_months_cross_the_year_end()
    {
        MonthlySales[] history = [Month(2025, 11, 100m), Month(2025, 12, 100m), Month(2026, 1, 100m), Month(2026, 2, 10m)];

        Assert.Single(SalesDropCheck.Check(history, new DateOnly(2026, 2, 14)));
    }

    [Fact]
    public void The_threshold_can_be_set()
    {
        Assert.Empty(SalesDropCheck.Check(History(50_000m), new DateOnly(2026, 11, 1), threshold: 0.5m));
        Assert.Single(SalesDropCheck.Check(History(49_999m), new DateOnly(2026, 11, 1), threshold: 0.5m));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    public void An_unusable_threshold_is_named(string threshold) =>
        Assert.Equal("threshold", Assert.Throws<RuleException>(() =>
            SalesDropCheck.Check(History(1m), new DateOnly(2026, 11, 1), decimal.Parse(threshold, CultureInfo.InvariantCulture))).Path);

    [Fact]
    public void A_month_listed_twice_is_refused() =>
        Assert.StartsWith("history[4]", Assert.Throws<ArgumentException>(() =>
            SalesDropCheck.Check([.. History(1m), new MonthlySales(new DateOnly(2026, 9, 15), 5m)], new DateOnly(2026, 11, 1))).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData(29, null)]
    [InlineData(30, RiskSeverity.Warning)]
    [InlineData(59, RiskSeverity.Warning)]
    [InlineData(60, RiskSeverity.Critical)]
    public void No_orders_for_n_days_warns_and_for_twice_that_is_critical(int daysAgo, RiskSeverity? expected)
    {
        var asOf = new DateOnly(2026, 11, 24);
        var warnings = NoRecentOrdersCheck.Check(asOf.AddDays(-daysAgo), new DateOnly(2020, 1, 1), asOf, 30);

        Assert.Equal(expected, warnings.SingleOrDefault()?.Severity);
        if (expected is not null)
        {
            Assert.Equal(daysAgo, warnings[0].Figure("daysWithoutOrders"));
        }
    }

    [Fact]
    public void A_partner_that_never_ordered_counts_from_the_start_of_the_partnership()
    {
        var asOf = new DateOnly(2026, 11, 24);

        Assert.Empty(NoRecentOrdersCheck.Check(null, asOf.AddDays(-10), asOf, 30));
        var warning = Assert.Single(NoRecentOrdersCheck.Check(null, asOf.AddDays(-45), asOf, 30));
        Assert.Equal(1m, warning.Figure("neverOrdered"));
    }

    [Fact]
    public void The_number_of_days_must_be_positive() =>
        Assert.Equal("days", Assert.Throws<RuleException>(() => NoRecentOrdersCheck.Check(null, default, default, 0)).Path);
}
