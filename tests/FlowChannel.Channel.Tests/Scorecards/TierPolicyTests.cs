using FlowChannel.Channel.Common;
using FlowChannel.Channel.Scorecards;

namespace FlowChannel.Channel.Tests.Scorecards;

public sealed class TierPolicyTests
{
    private static readonly TierPolicy Policy = new();

    [Theory]
    [InlineData(80, PartnerTier.Core)]
    [InlineData(79.99, PartnerTier.Strategic)]
    [InlineData(65, PartnerTier.Strategic)]
    [InlineData(64.99, PartnerTier.Ordinary)]
    public void Bands_start_at_their_threshold(decimal score, PartnerTier band) => Assert.Equal(band, Policy.Band(score));

    [Fact]
    public void One_good_period_promotes()
    {
        var proposal = Policy.Propose(PartnerTier.Ordinary, [50m, 82m]);
        Assert.Equal((PartnerTier.Core, TierChange.Promote), (proposal.Proposed, proposal.Change));
    }

    [Fact]
    public void One_period_below_the_band_keeps_the_tier_within_grace()
    {
        var proposal = Policy.Propose(PartnerTier.Core, [85m, 70m]);
        Assert.Equal((PartnerTier.Core, TierChange.KeepWithinGrace), (proposal.Proposed, proposal.Change));
    }

    [Fact]
    public void Two_consecutive_periods_below_the_band_demote_to_the_best_band_held()
    {
        var proposal = Policy.Propose(PartnerTier.Core, [85m, 70m, 60m]);
        Assert.Equal((PartnerTier.Strategic, TierChange.Demote), (proposal.Proposed, proposal.Change));
        Assert.Equal(PartnerTier.Ordinary, Policy.Propose(PartnerTier.Core, [50m, 60m]).Proposed);
    }

    [Fact]
    public void A_recovery_between_low_periods_restarts_the_count() =>
        Assert.Equal(TierChange.KeepWithinGrace, Policy.Propose(PartnerTier.Core, [70m, 85m, 70m]).Change);

    [Fact]
    public void Staying_in_the_band_keeps_the_tier() =>
        Assert.Equal(TierChange.Keep, Policy.Propose(PartnerTier.Strategic, [70m]).Change);

    [Fact]
    public void No_scores_keep_the_tier() =>
        Assert.Equal(TierChange.Keep, Policy.Propose(PartnerTier.Strategic, []).Change);

    [Fact]
    public void Bands_in_the_wrong_order_are_refused() =>
        Assert.Throws<RuleException>(() => new TierPolicy(CoreFrom: 60m, StrategicFrom: 70m).Propose(PartnerTier.Core, [90m]));

    [Theory]
    [InlineData(new[] { 40.0, 45.0 }, true)]
    [InlineData(new[] { 40.0, 55.0 }, false)]
    [InlineData(new[] { 40.0 }, false)]
    public void Elimination_needs_consecutive_low_periods(double[] scores, bool flagged) =>
        Assert.Equal(flagged, new EliminationRule().IsFlagged([.. scores.Select(s => (decimal)s)]));
}
