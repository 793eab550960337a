using FlowChannel.Channel.Leads;
using static FlowChannel.Channel.Tests.Leads.LeadFixtures;

namespace FlowChannel.Channel.Tests.Leads;

public sealed class WeightedPickerTests
{
    [Fact]
    public void Weighted_round_robin_hands_out_leads_in_proportion_to_weight()
    {
        LeadCandidate[] partners = [Partner("A", weight: 3m), Partner("B", weight: 1m)];
        var picks = new List<string>();
        var reasons = new List<TieBreak>();
        for (var i = 0; i < 8; i++)
        {
            var at = Now.AddMinutes(i);
            var result = LeadAllocator.Allocate(EastRetail(), partners, [Rule("w", PickerKind.WeightedRoundRobin)], Settings, at, 0m);
            picks.Add(result.Assignment!.PartnerId);
            reasons.Add(result.Log.Choice!.TieBrokenBy);
            partners = AfterAssignment(partners, result.Assignment.PartnerId, at);
        }

        // Loads (n + 1) ÷ w: A 1/3, 2/3, then A 1 = B 1 (tie: B never assigned), B 2 vs A 1, 4/3, 5/3, then 2 = 2 (B older), A 7/3 < 3.
        Assert.Equal(["A", "A", "B", "A", "A", "A", "B", "A"], picks);
        Assert.Equal(TieBreak.OldestLastAssignment, reasons[2]);
        Assert.Equal(TieBreak.OldestLastAssignment, reasons[6]);
        Assert.Equal(6, partners.Single(p => p.PartnerId == "A").AssignedThisPeriod);
    }

    [Fact]
    public void Weighted_round_robin_explains_the_load()
    {
        var result = Allocate(EastRetail(), Rule("w", PickerKind.WeightedRoundRobin), Partner("A", weight: 2m, assigned: 3), Partner("B", weight: 1m, assigned: 2));

        Assert.Equal("A", result.Assignment!.PartnerId);
        Assert.Equal(ChoiceReason.LowestWeightedLoad, result.Log.Choice!.Reason);
        Assert.Equal("load 2 = (3 + 1) ÷ 2", result.Log.Choice.Detail);
    }

    [Fact]
    public void Weighted_round_robin_ties_on_load_and_assignment_fall_to_partner_id()
    {
        var at = HoursAgo(4);
        var result = Allocate(EastRetail(), Rule("w", PickerKind.WeightedRoundRobin), Partner("B", weight: 2m, assigned: 1, lastAssigned: at), Partner("A", weight: 1m, lastAssigned: at));

        Assert.Equal("A", result.Assignment!.PartnerId);
        Assert.Equal(TieBreak.PartnerId, result.Log.Choice!.TieBrokenBy);
    }

    [Theory]
    [InlineData("0", "A")]
    [InlineData("0.2499", "A")]
    [InlineData("0.25", "B")]
    [InlineData("0.9999", "B")]
    public void Weighted_by_contribution_picks_the_segment_holding_the_draw(string draw, string expected)
    {
        var value = decimal.Parse(draw, CultureInfo.InvariantCulture);
        LeadCandidate[] partners = [Partner("B", weight: 3m), Partner("A", weight: 1m)];

        var result = LeadAllocator.Allocate(EastRetail(), partners, [Rule("c", PickerKind.WeightedByContribution)], Settings, Now, value);

        Assert.Equal(expected, result.Assignment!.PartnerId);
        Assert.Equal(ChoiceReason.WeightedDraw, result.Log.Choice!.Reason);
        Assert.Equal(value, result.Log.Draw);
    }

    [Fact]
    public void Weighted_by_contribution_logs_each_share_and_is_independent_of_input_order()
    {
        LeadCandidate[] partners = [Partner("C", weight: 2m), Partner("A", weight: 1m), Partner("B", weight: 1m)];
        var rule = Rule("c", PickerKind.WeightedByContribution);

        var forward = LeadAllocator.Allocate(EastRetail(), partners, [rule], Settings, Now, 0.3m);
        var backward = LeadAllocator.Allocate(EastRetail(), [.. partners.Reverse()], [rule], Settings, Now, 0.3m);

        Assert.Equal("B", forward.Assignment!.PartnerId);
        Assert.Equal(forward.Assignment.PartnerId, backward.Assignment!.PartnerId);
        var shares = forward.Log.Attempts[0].Candidates.ToDictionary(c => c.PartnerId, c => c.Share);
        Assert.Equal(0.5m, shares["C"]);
        Assert.Equal(0.25m, shares["A"]);
        Assert.Equal("draw 0.3 × 4 = 1.2 falls in [1, 2)", forward.Log.Choice!.Detail);
    }

    [Theory]
    [InlineData(PickerKind.WeightedRoundRobin)]
    [InlineData(PickerKind.WeightedByContribution)]
    public void Weighted_pickers_exclude_a_partner_without_weight(PickerKind picker)
    {
        var result = Allocate(EastRetail(), Rule("w", picker), Partner("A", weight: 0m), Partner("B", weight: 1m, lastAssigned: HoursAgo(1)));

        Assert.Equal("B", result.Assignment!.PartnerId);
        Assert.Equal([ExclusionReason.NoWeight], result.Log.Attempts[0].Candidates.Single(c => c.PartnerId == "A").Reasons);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1")]
    public void A_draw_outside_zero_to_one_is_refused(string draw) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            LeadAllocator.Allocate(EastRetail(), [Partner("A")], [Rule("c", PickerKind.WeightedByContribution)], Settings, Now, decimal.Parse(draw, CultureInfo.InvariantCulture)));
}
