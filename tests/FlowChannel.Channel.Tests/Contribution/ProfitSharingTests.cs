using FlowChannel.Channel.Contribution;
using static FlowChannel.Channel.Tests.Contribution.ContributionExamples;

namespace FlowChannel.Channel.Tests.Contribution;

public sealed class ProfitSharingTests
{
    [Fact]
    public void The_worked_example_shares_the_pool_to_the_cent()
    {
        // Weighted 115.2 + 77 + 26.4 = 218.6; exact shares 52,698.9936 / 35,224.1537 / 12,076.8527: the spare cent
        // goes to the largest remainder (P2).
        var statement = ProfitSharing.Distribute(100_000m, Model, [P1, P2, P3, Idle]);

        Assert.Equal(218.6m, statement.TotalWeightedScore);
        Assert.Equal([52_698.99m, 35_224.16m, 12_076.85m, 0m], statement.Lines.Select(l => l.Share));
        Assert.Equal(100_000m, statement.Distributed);
        Assert.Equal(0m, statement.Undistributed);
        Assert.Equal(3, statement.ModelVersion);
    }

    [Fact]
    public void Each_line_shows_how_the_share_was_computed()
    {
        var line = ProfitSharing.Distribute(100_000m, Model, [P1, P2, P3]).Lines[0];

        Assert.Equal(
            ("P1", 100m, 90m, 95m, 96m, "A", 1.2m, 115.2m),
            (line.PartnerId, line.SalesPoints, line.MarketDevelopmentPoints, line.ServicePoints, line.Score, line.Level, line.Multiplier, line.WeightedScore));
        Assert.Equal(115.2m / 218.6m, line.Proportion);
    }

    [Fact]
    public void A_partner_with_zero_score_gets_nothing()
    {
        var statement = ProfitSharing.Distribute(0.05m, Model, [Idle, P3]);

        Assert.Equal([0m, 0.05m], statement.Lines.Select(l => l.Share));
        Assert.Equal(0m, statement.Lines[0].Proportion);
    }

    [Fact]
    public void A_level_with_multiplier_zero_gets_nothing()
    {
        var model = Model with { Levels = [Model.Levels[0], Model.Levels[1], Model.Levels[2] with { Multiplier = 0m }] };

        Assert.Equal([1_000m, 0m], ProfitSharing.Distribute(1_000m, model, [P2, P3]).Lines.Select(l => l.Share));
    }

    [Fact]
    public void When_nobody_contributed_nothing_is_distributed()
    {
        var statement = ProfitSharing.Distribute(500m, Model, [Idle, Idle with { PartnerId = "P5" }]);

        Assert.All(statement.Lines, l => Assert.Equal(0m, l.Share));
        Assert.Equal(500m, statement.Undistributed);
        Assert.Equal(0m, statement.TotalWeightedScore);
    }

    [Fact]
    public void No_partners_leaves_the_pool_undistributed()
    {
        var statement = ProfitSharing.Distribute(500m, Model, []);

        Assert.Empty(statement.Lines);
        Assert.Equal(500m, statement.Undistributed);
    }

    [Fact]
    public void Equal_partners_split_an_odd_cent_to_the_first_listed()
    {
        var statement = ProfitSharing.Distribute(100.01m, Model, [P2 with { PartnerId = "X" }, P2 with { PartnerId = "Y" }]);

        Assert.Equal([50.01m, 50.00m], statement.Lines.Select(l => l.Share));
    }

    [Fact]
    public void An_empty_pool_pays_zero() =>
        Assert.All(ProfitSharing.Distribute(0m, Model, [P1, P2]).Lines, l => Assert.Equal(0m, l.Share));

    [Theory]
    [InlineData("-1")]
    [InlineData("10.005")]
    public void The_pool_must_be_whole_cents_and_not_negative(string pool) =>
        Assert.Equal("pool", Assert.Throws<RuleException>(() => ProfitSharing.Distribute(decimal.Parse(pool, CultureInfo.InvariantCulture), Model, [P1])).Path);

    [Fact]
    public void An_invalid_model_is_refused_before_sharing() =>
        Assert.Equal("weights", Assert.Throws<RuleException>(() => ProfitSharing.Distribute(100m, Model with { Sales = Model.Sales with { Weight = 0.1m } }, [P1])).Path);

    [Fact]
    public void A_partner_listed_twice_is_refused() =>
        Assert.StartsWith("partners[1]", Assert.Throws<ArgumentException>(() => ProfitSharing.Distribute(100m, Model, [P1, P1])).Message, StringComparison.Ordinal);
}
