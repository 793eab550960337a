using FlowChannel.Channel.Contribution;
using static FlowChannel.Channel.Tests.Contribution.ContributionExamples;

namespace FlowChannel.Channel.Tests.Contribution;

public sealed class ContributionScorerTests
{
    [Fact]
    public void The_worked_example_scores_and_levels()
    {
        var scores = new[] { P1, P2, P3 }.Select(p => ContributionScorer.Score(Model, p)).ToList();

        Assert.Equal([(100m, 90m, 95m), (80m, 70m, 80m), (30m, 20m, 60m)], scores.Select(s => (s.SalesPoints, s.MarketDevelopmentPoints, s.ServicePoints)));
        Assert.Equal([96m, 77m, 33m], scores.Select(s => s.Score));
        Assert.Equal(["A", "B", "C"], scores.Select(s => s.Level.Name));
    }

    [Fact]
    public void Over_achievement_stops_at_the_cap()
    {
        Assert.Equal(100m, ContributionScorer.Points(5_000_000m, Model.Sales));
        Assert.Equal(120m, ContributionScorer.Points(5_000_000m, Model.Sales with { Cap = 1.2m }));
        Assert.Equal(110m, ContributionScorer.Points(1_100_000m, Model.Sales with { Cap = 1.2m }));
    }

    [Fact]
    public void Negative_actuals_score_zero() =>
        Assert.Equal(0m, ContributionScorer.Points(-20_000m, Model.Sales));

    [Fact]
    public void Points_are_rounded_half_away_from_zero_and_the_score_is_summed_from_them()
    {
        // Sales 1/3 → 33.33; market 0.0333…% of 50 → 66.67; service 0.005 → 0.01 (half away from zero).
        var score = ContributionScorer.Score(Model, new ContributionActuals("P", 333_333.33m, 33.3333m, 0.005m));

        Assert.Equal((33.33m, 66.67m, 0.01m), (score.SalesPoints, score.MarketDevelopmentPoints, score.ServicePoints));
        Assert.Equal(Math.Round(0.5m * 33.33m + 0.3m * 66.67m + 0.2m * 0.01m, 2, MidpointRounding.AwayFromZero), score.Score);
        Assert.Equal(36.67m, score.Score);
    }

    [Theory]
    [InlineData("85", "A")]
    [InlineData("84.99", "B")]
    [InlineData("70", "B")]
    [InlineData("69.99", "C")]
    [InlineData("0", "C")]
    [InlineData("120", "A")]
    public void Levels_start_at_their_minimum_score(string score, string level) =>
        Assert.Equal(level, Model.LevelFor(decimal.Parse(score, CultureInfo.InvariantCulture)).Name);

    [Fact]
    public void Levels_may_be_listed_in_any_order()
    {
        var model = Model with { Levels = [.. Model.Levels.Reverse()] };

        Assert.Equal("A", ContributionScorer.Score(model, P1).Level.Name);
        Assert.Equal("B", ContributionScorer.Score(model, P2).Level.Name);
    }
}
