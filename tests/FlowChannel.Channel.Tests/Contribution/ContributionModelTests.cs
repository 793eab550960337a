using FlowChannel.Channel.Contribution;
using static FlowChannel.Channel.Tests.Contribution.ContributionExamples;

namespace FlowChannel.Channel.Tests.Contribution;

public sealed class ContributionModelTests
{
    private static string PathOf(ContributionModel model) =>
        Assert.Throws<RuleException>(() => ContributionScorer.Score(model, P1)).Path;

    [Fact]
    public void Weights_must_add_up_to_one()
    {
        var error = Assert.Throws<RuleException>(() => ContributionScorer.Score(Model with { Service = Model.Service with { Weight = 0.1m } }, P1));

        Assert.Equal("weights", error.Path);
        Assert.Contains("0.9", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_above_one_in_total_are_refused_too() =>
        Assert.Equal("weights", PathOf(Model with { Sales = Model.Sales with { Weight = 0.6m } }));

    [Fact]
    public void A_negative_weight_is_named() =>
        Assert.Equal("sales.weight", PathOf(Model with { Sales = Model.Sales with { Weight = -0.5m }, Service = Model.Service with { Weight = 1.2m } }));

    [Fact]
    public void A_target_of_zero_is_named() =>
        Assert.Equal("marketDevelopment.target", PathOf(Model with { MarketDevelopment = Model.MarketDevelopment with { Target = 0m } }));

    [Fact]
    public void A_cap_of_zero_is_named() =>
        Assert.Equal("service.cap", PathOf(Model with { Service = Model.Service with { Cap = 0m } }));

    [Fact]
    public void A_missing_dimension_is_named() =>
        Assert.Equal("service", PathOf(Model with { Service = null! }));

    [Fact]
    public void At_least_one_level_is_needed() =>
        Assert.Equal("levels", PathOf(Model with { Levels = [] }));

    [Fact]
    public void Some_level_must_start_at_zero() =>
        Assert.Equal("levels", PathOf(Model with { Levels = [new ContributionLevel("A", 85m, 1.2m), new ContributionLevel("B", 70m, 1m)] }));

    [Fact]
    public void Level_names_are_distinct() =>
        Assert.Equal("levels[1].name", PathOf(Model with { Levels = [new ContributionLevel("A", 85m, 1.2m), new ContributionLevel("A", 0m, 1m)] }));

    [Fact]
    public void Minimum_scores_are_distinct() =>
        Assert.Equal("levels[2].minScore", PathOf(Model with { Levels = [.. Model.Levels.Take(2), new ContributionLevel("C", 70m, 0.8m)] }));

    [Fact]
    public void A_negative_minimum_score_is_named() =>
        Assert.Equal("levels[0].minScore", PathOf(Model with { Levels = [new ContributionLevel("X", -1m, 1m), .. Model.Levels] }));

    [Fact]
    public void A_negative_multiplier_is_named() =>
        Assert.Equal("levels[1].multiplier", PathOf(Model with { Levels = [Model.Levels[0], Model.Levels[1] with { Multiplier = -1m }, Model.Levels[2]] }));

    [Fact]
    public void The_example_model_is_valid() =>
        Assert.Null(Record.Exception(Model.Validate));
}
