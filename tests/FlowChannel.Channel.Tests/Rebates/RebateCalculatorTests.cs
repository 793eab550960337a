using FlowChannel.Channel.Rebates;

namespace FlowChannel.Channel.Tests.Rebates;

public sealed class RebateCalculatorTests
{
    [Theory]
    [InlineData(800_000, 16_000, 16_000)]
    [InlineData(1_000_000, 30_000, 20_000)]
    [InlineData(2_500_000, 75_000, 65_000)]
    [InlineData(3_500_000, 175_000, 105_000)]
    public void The_worked_example_of_the_domain_comes_out_exactly(decimal sales, decimal retroactive, decimal incremental)
    {
        Assert.Equal(retroactive, RebateCalculator.Earn(DomainExample.Program(RebateMethod.Retroactive), sales).Earned);
        Assert.Equal(incremental, RebateCalculator.Earn(DomainExample.Program(RebateMethod.Incremental), sales).Earned);
    }

    [Theory]
    [InlineData(999_999.99, 0, 0.02)]
    [InlineData(1_000_000, 1, 0.03)]
    [InlineData(3_000_000, 2, 0.05)]
    public void A_lower_bound_is_inclusive(decimal sales, int tier, decimal rate)
    {
        var earning = RebateCalculator.Earn(DomainExample.Program(RebateMethod.Retroactive), sales);
        Assert.Equal(tier, earning.TierIndex);
        Assert.Equal(rate, earning.Rate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-250_000)]
    public void No_sales_or_returns_larger_than_sales_earn_nothing(decimal basis)
    {
        var earning = RebateCalculator.Earn(DomainExample.Program(RebateMethod.Incremental), basis);
        Assert.Equal(0m, earning.Earned);
        Assert.Equal(-1, earning.TierIndex);
    }

    [Fact]
    public void A_basis_below_a_first_tier_that_starts_above_zero_earns_nothing()
    {
        var table = RebateTable.Create([new RebateTier(500_000m, null, 0.04m)]);
        var program = new RebateProgram("p", "v1", table, RebateMethod.Incremental, RebateBasis.Collections);
        Assert.Equal(0m, RebateCalculator.Earn(program, 400_000m).Earned);
        Assert.Equal(4_000m, RebateCalculator.Earn(program, 600_000m).Earned);
    }

    [Fact]
    public void The_cap_limits_what_is_earned_and_says_so()
    {
        var earning = RebateCalculator.Earn(DomainExample.Program(RebateMethod.Retroactive, cap: 100_000m), 3_500_000m);
        Assert.Equal(100_000m, earning.Earned);
        Assert.True(earning.Capped);
        Assert.False(RebateCalculator.Earn(DomainExample.Program(RebateMethod.Retroactive, cap: 100_000m), 800_000m).Capped);
    }

    [Fact]
    public void Amounts_are_rounded_to_cents_half_away_from_zero() =>
        Assert.Equal(0.01m, RebateCalculator.Earn(DomainExample.Program(RebateMethod.Retroactive), 0.25m).Earned);
}
