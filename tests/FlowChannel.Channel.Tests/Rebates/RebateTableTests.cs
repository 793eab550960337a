using FlowChannel.Channel.Rebates;

namespace FlowChannel.Channel.Tests.Rebates;

public sealed class RebateTableTests
{
    [Fact]
    public void An_empty_table_is_refused() =>
        Assert.Equal("tiers", Assert.Throws<RuleException>(() => RebateTable.Create([])).Path);

    [Fact]
    public void A_gap_between_tiers_is_refused_naming_the_tier() =>
        Assert.Equal("tiers[1].lower", Assert.Throws<RuleException>(() => RebateTable.Create(
            [new RebateTier(0m, 100m, 0.01m), new RebateTier(150m, null, 0.02m)])).Path);

    [Fact]
    public void An_open_tier_before_the_last_is_refused() =>
        Assert.Equal("tiers[0].upper", Assert.Throws<RuleException>(() => RebateTable.Create(
            [new RebateTier(0m, null, 0.01m), new RebateTier(100m, null, 0.02m)])).Path);

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    public void A_rate_outside_zero_to_one_is_refused(decimal rate) =>
        Assert.Equal("tiers[0].rate", Assert.Throws<RuleException>(() => RebateTable.Create([new RebateTier(0m, null, rate)])).Path);

    [Fact]
    public void An_upper_bound_not_above_the_lower_is_refused() =>
        Assert.Equal("tiers[0].upper", Assert.Throws<RuleException>(() => RebateTable.Create([new RebateTier(10m, 10m, 0.01m)])).Path);

    [Fact]
    public void The_reached_tier_is_the_highest_lower_bound_reached()
    {
        Assert.Equal(-1, DomainExample.Tiers.TierFor(-1m));
        Assert.Equal(0, DomainExample.Tiers.TierFor(0m));
        Assert.Equal(2, DomainExample.Tiers.TierFor(10_000_000m));
    }
}
