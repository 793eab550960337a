using FlowChannel.Channel.Goals;

namespace FlowChannel.Channel.Tests.Goals;

public sealed class GoalPlanTests
{
    [Fact]
    public void An_even_split_adds_up_to_the_year_to_the_cent()
    {
        var plan = GoalPlan.Decompose(2026, 1_000_000m);
        Assert.Equal(1_000_000m, plan.Months.Sum());
        Assert.Equal(1_000_000m, plan.Quarters.Sum());
        Assert.Equal(83_333.34m, plan.Months[0]);
        Assert.Equal(83_333.33m, plan.Months[11]);
        Assert.Equal(plan.Months.Take(3).Sum(), plan.Quarters[0]);
    }

    [Fact]
    public void Seasonality_weights_shape_the_months()
    {
        decimal[] weights = [1, 1, 2, 1, 1, 2, 1, 1, 2, 1, 1, 2];
        var plan = GoalPlan.Decompose(2026, 1_600_000m, weights);
        Assert.Equal(200_000m, plan.Months[2]);
        Assert.Equal([400_000m, 400_000m, 400_000m, 400_000m], plan.Quarters);
        Assert.Equal(600_000m, plan.TargetThroughMonth(5));
    }

    [Fact]
    public void Wrong_seasonality_is_refused() =>
        Assert.Equal("monthWeights", Assert.Throws<RuleException>(() => GoalPlan.Decompose(2026, 1m, [1m, 2m])).Path);

    [Fact]
    public void A_negative_target_is_refused() =>
        Assert.Equal("yearTarget", Assert.Throws<RuleException>(() => GoalPlan.Decompose(2026, -1m)).Path);
}
