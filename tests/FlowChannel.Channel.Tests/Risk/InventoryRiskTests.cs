using FlowChannel.Channel.Risk;

namespace FlowChannel.Channel.Tests.Risk;

public sealed class InventoryRiskTests
{
    private static readonly InventoryPolicy Policy = InventoryPolicy.Default;

    // Two old busy weeks, then eight weeks selling 100 a week: only the trailing eight count.
    private static readonly decimal[] Weekly = [1_000m, 1_000m, 90m, 110m, 100m, 100m, 80m, 120m, 100m, 100m];

    [Fact]
    public void Weeks_of_supply_is_on_hand_over_the_trailing_average()
    {
        var cover = InventoryRisk.Cover(1_200m, Weekly, Policy)!;

        Assert.Equal(100m, cover.AverageWeeklySellThrough);
        Assert.Equal(8, cover.WeeksUsed);
        Assert.Equal(12m, cover.WeeksOfSupply);
    }

    [Fact]
    public void The_window_is_configurable_within_4_to_13_weeks()
    {
        var ten = InventoryRisk.Cover(1_120m, Weekly, Policy with { TrailingWeeks = 10 })!;
        Assert.Equal((280m, 4m), (ten.AverageWeeklySellThrough, ten.WeeksOfSupply));
        Assert.Equal(100m, InventoryRisk.Cover(0m, Weekly, Policy with { TrailingWeeks = 4 })!.AverageWeeklySellThrough);
        Assert.Equal(13, InventoryRisk.Cover(0m, [.. Weekly, .. Weekly], Policy with { TrailingWeeks = 13 })!.WeeksUsed);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(14)]
    public void A_window_outside_4_to_13_weeks_is_named(int weeks) =>
        Assert.Equal("trailingWeeks", Assert.Throws<RuleException>(() => InventoryRisk.Cover(1m, Weekly, Policy with { TrailingWeeks = weeks })).Path);

    [Fact]
    public void Too_short_a_history_gives_no_figure_and_no_warning()
    {
        Assert.Null(InventoryRisk.Cover(1_000m, Weekly[..7], Policy));
        Assert.Empty(InventoryRisk.CheckWeeksOfSupply(100_000m, Weekly[..7], Policy));
    }

    [Theory]
    [InlineData("800", null)]
    [InlineData("801", RiskSeverity.Warning)]
    [InlineData("1600", RiskSeverity.Warning)]
    [InlineData("1601", RiskSeverity.Critical)]
    public void Stock_above_the_threshold_warns_and_above_twice_it_is_critical(string onHand, RiskSeverity? expected) =>
        Assert.Equal(expected, InventoryRisk.CheckWeeksOfSupply(decimal.Parse(onHand, CultureInfo.InvariantCulture), Weekly, Policy).SingleOrDefault()?.Severity);

    [Fact]
    public void The_warning_names_the_product_and_carries_the_figures()
    {
        var warning = Assert.Single(InventoryRisk.CheckWeeksOfSupply(1_200m, Weekly, Policy, subject: "SKU-42"));

        Assert.Equal((RiskType.InventoryWeeksOfSupply, "SKU-42"), (warning.Type, warning.Subject));
        Assert.Equal(12m, warning.Figure("weeksOfSupply"));
        Assert.Equal(8m, warning.Figure("maxWeeksOfSupply"));
        Assert.Equal(100m, warning.Figure("averageWeeklySellThrough"));
    }

    [Fact]
    public void Stock_that_does_not_sell_through_at_all_is_critical()
    {
        decimal[] still = [5m, 5m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m];

        var warning = Assert.Single(InventoryRisk.CheckWeeksOfSupply(10m, still, Policy));
        Assert.Equal(RiskSeverity.Critical, warning.Severity);
        Assert.Null(warning.Figure("weeksOfSupply"));
        Assert.Empty(InventoryRisk.CheckWeeksOfSupply(0m, still, Policy));
    }

    [Fact]
    public void Sell_in_above_120_percent_of_sell_through_two_periods_running_warns()
    {
        ChannelPeriod[] periods = [new("2026-Q1", 100m, 100m), new("2026-Q2", 130m, 100m), new("2026-Q3", 125m, 100m)];

        var warning = Assert.Single(InventoryRisk.CheckSellIn(periods, Policy));

        Assert.Equal((RiskType.SellInAboveSellThrough, RiskSeverity.Warning), (warning.Type, warning.Severity));
        Assert.Equal(1.3m, warning.Figure("2026-Q2.ratio"));
        Assert.Equal(125m, warning.Figure("2026-Q3.sellIn"));
        Assert.Equal(1.2m, warning.Figure("sellInRatioLimit"));
        Assert.Throws<KeyNotFoundException>(() => warning.Figure("2026-Q1.ratio"));
    }

    [Fact]
    public void One_period_above_the_limit_or_exactly_at_it_is_not_enough()
    {
        Assert.Empty(InventoryRisk.CheckSellIn([new("P1", 100m, 100m), new("P2", 130m, 100m)], Policy));
        Assert.Empty(InventoryRisk.CheckSellIn([new("P1", 130m, 100m), new("P2", 120m, 100m)], Policy));
        Assert.Empty(InventoryRisk.CheckSellIn([new("P1", 130m, 100m), new("P2", 130m, 100m), new("P3", 100m, 100m)], Policy));
        Assert.Empty(InventoryRisk.CheckSellIn([new("P1", 130m, 100m)], Policy));
        Assert.Empty(InventoryRisk.CheckSellIn([], Policy));
    }

    [Fact]
    public void Buying_while_nothing_sells_through_exceeds_but_an_idle_period_does_not()
    {
        var warning = Assert.Single(InventoryRisk.CheckSellIn([new("P1", 50m, 0m), new("P2", 130m, 100m)], Policy));
        Assert.Null(warning.Figure("P1.ratio"));
        Assert.Empty(InventoryRisk.CheckSellIn([new("P1", 0m, 0m), new("P2", 130m, 100m)], Policy));
    }

    [Fact]
    public void The_run_length_and_limit_can_be_set()
    {
        var strict = Policy with { ConsecutivePeriods = 3, SellInRatioLimit = 1.1m };

        Assert.Empty(InventoryRisk.CheckSellIn([new("P1", 100m, 100m), new("P2", 115m, 100m), new("P3", 115m, 100m)], strict));
        Assert.Single(InventoryRisk.CheckSellIn([new("P1", 111m, 100m), new("P2", 115m, 100m), new("P3", 115m, 100m)], strict));
    }

    [Theory]
    [InlineData("maxWeeksOfSupply")]
    [InlineData("sellInRatioLimit")]
    [InlineData("consecutivePeriods")]
    public void Unusable_policy_settings_are_named(string path)
    {
        var policy = path switch
        {
            "maxWeeksOfSupply" => Policy with { MaxWeeksOfSupply = 0m },
            "sellInRatioLimit" => Policy with { SellInRatioLimit = -1m },
            _ => Policy with { ConsecutivePeriods = 0 },
        };

        Assert.Equal(path, Assert.Throws<RuleException>(() => InventoryRisk.CheckSellIn([], policy)).Path);
    }
}
