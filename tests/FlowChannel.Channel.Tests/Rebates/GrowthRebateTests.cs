using FlowChannel.Channel.Rebates;

namespace FlowChannel.Channel.Tests.Rebates;

public sealed class GrowthRebateTests
{
    private static readonly RebateTable GrowthTiers = RebateTable.Create(
    [
        new RebateTier(0.10m, 0.30m, 0.01m),
        new RebateTier(0.30m, null, 0.02m),
    ]);

    [Fact]
    public void Growth_selects_the_tier_and_the_rate_is_paid_on_the_period_sales()
    {
        var result = GrowthRebate.Earn(GrowthTiers, 1_300_000m, 1_000_000m);
        Assert.Equal(0.3m, result.Growth);
        Assert.Equal((2, 0.02m, 26_000m), (result.TierNumber, result.Rate, result.Earned));
    }

    [Fact]
    public void Growth_below_the_first_tier_earns_nothing()
    {
        var result = GrowthRebate.Earn(GrowthTiers, 1_050_000m, 1_000_000m);
        Assert.Equal((0, 0m), (result.TierNumber, result.Earned));
    }

    [Fact]
    public void Shrinking_sales_earn_nothing() =>
        Assert.Equal(0m, GrowthRebate.Earn(GrowthTiers, 500_000m, 1_000_000m).Earned);

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Without_a_baseline_the_default_rule_pays_nothing_and_says_why(int? baseline)
    {
        var result = GrowthRebate.Earn(GrowthTiers, 800_000m, baseline);
        Assert.Null(result.Growth);
        Assert.Equal(0m, result.Earned);
        Assert.Contains("no baseline", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_baseline_a_program_may_pay_the_first_tier()
    {
        var result = GrowthRebate.Earn(GrowthTiers, 800_000m, null, NoBaselinePolicy.FirstTier);
        Assert.Equal((1, 8_000m), (result.TierNumber, result.Earned));
    }
}
