using FlowChannel.Channel.Scorecards;

namespace FlowChannel.Channel.Tests.Scorecards;

public sealed class ScorecardTests
{
    private static readonly Scorecard Card = Scorecard.Create(
    [
        new ScoreMetric("sales", 0.5m, 1_000_000m),
        new ScoreMetric("newCustomers", 0.3m, 20m),
        new ScoreMetric("dso", 0.2m, 45m, LowerIsBetter: true),
    ]);

    [Fact]
    public void The_score_is_the_weighted_sum_of_capped_normalised_metrics()
    {
        var result = Card.Score(new Dictionary<string, decimal> { ["sales"] = 900_000m, ["newCustomers"] = 30m, ["dso"] = 60m });
        // sales 90, newCustomers min(1.5, 1.2)·100 = 120, dso 45/60·100 = 75 → 0.5·90 + 0.3·120 + 0.2·75 = 96
        Assert.Equal([90m, 120m, 75m], result.Metrics.Select(m => m.Normalised));
        Assert.Equal(96m, result.Score);
    }

    [Fact]
    public void A_lower_is_better_metric_at_zero_earns_the_cap() =>
        Assert.Equal(120m, Card.Score(new Dictionary<string, decimal> { ["dso"] = 0m }).Metrics[2].Normalised);

    [Fact]
    public void A_missing_actual_scores_zero_and_is_marked()
    {
        var result = Card.Score(new Dictionary<string, decimal> { ["sales"] = 1_000_000m });
        Assert.Equal(50m, result.Score);
        Assert.True(result.Metrics[1].Missing);
        Assert.False(result.Metrics[0].Missing);
    }

    [Fact]
    public void Negative_actuals_such_as_net_returns_score_zero() =>
        Assert.Equal(0m, Card.Score(new Dictionary<string, decimal> { ["sales"] = -5m }).Metrics[0].Normalised);

    [Fact]
    public void Weights_must_add_up_to_one() =>
        Assert.Equal("metrics", Assert.Throws<RuleException>(() => Scorecard.Create(
            [new ScoreMetric("a", 0.5m, 1m), new ScoreMetric("b", 0.4m, 1m)])).Path);

    [Fact]
    public void A_zero_target_is_refused_naming_the_metric() =>
        Assert.Equal("metrics[1].target", Assert.Throws<RuleException>(() => Scorecard.Create(
            [new ScoreMetric("a", 0.5m, 1m), new ScoreMetric("b", 0.5m, 0m)])).Path);

    [Fact]
    public void A_repeated_key_is_refused() =>
        Assert.Equal("metrics[1].key", Assert.Throws<RuleException>(() => Scorecard.Create(
            [new ScoreMetric("a", 0.5m, 1m), new ScoreMetric("a", 0.5m, 1m)])).Path);
}
