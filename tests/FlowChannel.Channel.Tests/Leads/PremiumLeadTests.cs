using FlowChannel.Channel.Common;
using FlowChannel.Channel.Leads;
using static FlowChannel.Channel.Tests.Leads.LeadFixtures;

namespace FlowChannel.Channel.Tests.Leads;

public sealed class PremiumLeadTests
{
    private static IReadOnlyList<ExclusionReason> ReasonsOf(AllocationResult result, string partnerId) =>
        result.Log.Attempts[^1].Candidates.Single(c => c.PartnerId == partnerId).Reasons;

    [Fact]
    public void Premium_leads_go_only_to_core_and_strategic_partners()
    {
        var result = Allocate(
            EastRetail(premium: true),
            Rule("any"),
            Partner("A-ORD"),
            Partner("B-STR", PartnerTier.Strategic, lastAssigned: HoursAgo(1)));

        Assert.Equal("B-STR", result.Assignment!.PartnerId);
        Assert.Equal([ExclusionReason.NotPremiumTier], ReasonsOf(result, "A-ORD"));
        Assert.True(result.Log.IsPremium);
    }

    [Fact]
    public void Premium_leads_rotate_to_the_partner_with_the_fewest_this_period_whatever_the_rule_picker()
    {
        var result = Allocate(
            EastRetail(premium: true),
            Rule("weighted", PickerKind.WeightedByContribution),
            Partner("CORE", PartnerTier.Core, weight: 99m, premium: 1),
            Partner("STR", PartnerTier.Strategic, weight: 1m, premium: 0, lastAssigned: HoursAgo(1)));

        Assert.Equal("STR", result.Assignment!.PartnerId);
        Assert.Equal(ChoiceReason.PremiumRotation, result.Log.Choice!.Reason);
        Assert.Null(result.Log.Draw);
        Assert.All(result.Log.Attempts[0].Candidates, c => Assert.Null(c.Share));
    }

    [Fact]
    public void Premium_rotation_ties_go_to_the_oldest_last_assignment()
    {
        var result = Allocate(
            EastRetail(premium: true),
            Rule("any"),
            Partner("A", PartnerTier.Core, premium: 1, lastAssigned: HoursAgo(1)),
            Partner("B", PartnerTier.Core, premium: 1, lastAssigned: HoursAgo(8)));

        Assert.Equal("B", result.Assignment!.PartnerId);
        Assert.Equal(TieBreak.OldestLastAssignment, result.Log.Choice!.TieBrokenBy);
        Assert.Equal("1 premium leads this period, last assigned 2026-11-24T01:00:00.0000000+00:00", result.Log.Choice.Detail);
    }

    [Fact]
    public void A_partner_at_the_premium_cap_waits_for_the_next_period()
    {
        var result = Allocate(
            EastRetail(premium: true),
            Rule("any"),
            Partner("A", PartnerTier.Core, premium: 2),
            Partner("B", PartnerTier.Core, premium: 1, lastAssigned: HoursAgo(1)));

        Assert.Equal("B", result.Assignment!.PartnerId);
        Assert.Equal([ExclusionReason.PremiumCapReached], ReasonsOf(result, "A"));
    }

    [Fact]
    public void When_everyone_reached_the_cap_nobody_is_assigned()
    {
        var result = Allocate(EastRetail(premium: true), Rule("any"), Partner("A", PartnerTier.Core, premium: 2), Partner("B", PartnerTier.Strategic, premium: 3));

        Assert.Equal(AllocationOutcome.NoEligibleCandidate, result.Outcome);
    }

    [Fact]
    public void A_cap_of_zero_keeps_premium_leads_in_the_pool()
    {
        var result = LeadAllocator.Allocate(
            EastRetail(premium: true), [Partner("A", PartnerTier.Core)], [Rule("any")], Settings with { PremiumCapPerPeriod = 0 }, Now, 0m);

        Assert.Equal(AllocationOutcome.NoEligibleCandidate, result.Outcome);
    }

    [Fact]
    public void The_premium_cap_does_not_apply_to_ordinary_leads()
    {
        var result = Allocate(EastRetail(), Rule("any"), Partner("A", PartnerTier.Core, premium: 5));

        Assert.Equal("A", result.Assignment!.PartnerId);
    }

    [Fact]
    public void Weight_does_not_matter_for_a_premium_lead()
    {
        var result = Allocate(EastRetail(premium: true), Rule("w", PickerKind.WeightedRoundRobin), Partner("A", PartnerTier.Core, weight: 0m));

        Assert.Equal("A", result.Assignment!.PartnerId);
    }
}
