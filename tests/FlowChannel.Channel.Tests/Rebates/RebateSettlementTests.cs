using FlowChannel.Channel.Rebates;

namespace FlowChannel.Channel.Tests.Rebates;

public sealed class RebateSettlementTests
{
    [Fact]
    public void Period_to_date_settlement_nets_earlier_payouts_and_claws_back_after_returns()
    {
        var lines = RebateSettlement.SettleYear(DomainExample.Program(RebateMethod.Retroactive),
            [("2026-Q1", 800_000m), ("2026-Q2", 2_500_000m), ("2026-Q3", 1_900_000m)]);

        Assert.Equal([16_000m, 59_000m, -18_000m], lines.Select(l => l.Settlement));
        Assert.Equal([16_000m, 75_000m, 57_000m], lines.Select(l => l.EarnedToDate));
        Assert.Equal([0m, 16_000m, 75_000m], lines.Select(l => l.SettledBefore));
        Assert.True(lines[2].IsClawback);
        Assert.False(lines[1].IsClawback);
    }

    [Fact]
    public void A_line_keeps_everything_needed_to_recompute_it()
    {
        var line = RebateSettlement.Settle(DomainExample.Program(RebateMethod.Incremental), "2026-Q2", 2_500_000m, 16_000m);

        Assert.Equal(("annual-2026", "v1", "2026-Q2"), (line.ProgramId, line.RuleVersion, line.Period));
        Assert.Equal((RebateMethod.Incremental, RebateBasis.Sales), (line.Method, line.BasisKind));
        Assert.Equal((2_500_000m, 2, 0.03m), (line.BasisToDate, line.TierNumber, line.Rate));
        Assert.Equal((65_000m, 49_000m), (line.EarnedToDate, line.Settlement));
    }

    [Fact]
    public void Returns_larger_than_all_sales_claw_back_everything_paid()
    {
        var lines = RebateSettlement.SettleYear(DomainExample.Program(RebateMethod.Incremental),
            [("Q1", 1_200_000m), ("Q2", -50_000m)]);
        Assert.Equal([26_000m, -26_000m], lines.Select(l => l.Settlement));
        Assert.Equal(0, lines[1].TierNumber);
    }

    [Fact]
    public void A_period_without_change_settles_nothing()
    {
        var lines = RebateSettlement.SettleYear(DomainExample.Program(RebateMethod.Retroactive), [("Q1", 800_000m), ("Q2", 800_000m)]);
        Assert.Equal(0m, lines[1].Settlement);
    }
}
