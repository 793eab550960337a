using FlowChannel.Channel.Common;
using FlowChannel.Channel.Leads;
using static FlowChannel.Channel.Tests.Leads.LeadFixtures;

namespace FlowChannel.Channel.Tests.Leads;

public sealed class EligibilityTests
{
    private static IReadOnlyList<ExclusionReason> ReasonsFor(LeadCandidate candidate, AllocationRule? rule = null, Lead? lead = null)
    {
        var result = Allocate(lead ?? EastRetail(), rule ?? Rule("any"), candidate, Partner("ZZ-eligible"));
        return result.Log.Attempts[0].Candidates.Single(c => c.PartnerId == candidate.PartnerId).Reasons;
    }

    [Fact]
    public void An_inactive_partner_is_excluded() =>
        Assert.Equal([ExclusionReason.Inactive], ReasonsFor(Partner("A", active: false)));

    [Fact]
    public void A_tier_the_rule_does_not_allow_is_excluded() =>
        Assert.Equal([ExclusionReason.TierNotAllowed], ReasonsFor(Partner("A"), Rule("core", tiers: [PartnerTier.Core, PartnerTier.Strategic])));

    [Fact]
    public void A_partner_serving_neither_the_region_nor_the_industry_is_excluded() =>
        Assert.Equal([ExclusionReason.NoRegionOrIndustryMatch], ReasonsFor(Partner("A", regions: ["west"], industries: ["energy"])));

    [Fact]
    public void Either_the_region_or_the_industry_is_enough()
    {
        Assert.Empty(ReasonsFor(Partner("A", regions: ["west"], industries: ["retail"])));
        Assert.Empty(ReasonsFor(Partner("B", regions: ["east"], industries: ["energy"])));
    }

    [Fact]
    public void Codes_match_without_regard_to_case() =>
        Assert.Empty(ReasonsFor(Partner("A", regions: ["EAST"], industries: []), lead: new Lead("L", "East", null)));

    [Fact]
    public void A_lead_without_region_or_industry_suits_every_partner() =>
        Assert.Empty(ReasonsFor(Partner("A", regions: [], industries: []), lead: new Lead("L", null, null)));

    [Fact]
    public void Capacity_is_full_when_open_leads_reach_it()
    {
        Assert.Equal([ExclusionReason.AtCapacity], ReasonsFor(Partner("A", open: 5, capacity: 5)));
        Assert.Empty(ReasonsFor(Partner("B", open: 4, capacity: 5)));
        Assert.Equal([ExclusionReason.AtCapacity], ReasonsFor(Partner("C", capacity: 0)));
    }

    [Fact]
    public void A_partner_on_credit_hold_is_excluded() =>
        Assert.Equal([ExclusionReason.OnCreditHold], ReasonsFor(Partner("A", creditHold: true)));

    [Fact]
    public void Every_reason_is_listed_not_just_the_first() =>
        Assert.Equal(
            [ExclusionReason.Inactive, ExclusionReason.TierNotAllowed, ExclusionReason.NoRegionOrIndustryMatch, ExclusionReason.AtCapacity, ExclusionReason.OnCreditHold],
            ReasonsFor(
                Partner("A", active: false, regions: ["north"], industries: ["mining"], open: 3, capacity: 3, creditHold: true),
                Rule("core", tiers: [PartnerTier.Core])));

    [Fact]
    public void The_log_shows_each_candidates_weight_and_eligibility()
    {
        var result = Allocate(EastRetail(), Rule("r", version: 4), Partner("A", weight: 72.5m, creditHold: true), Partner("B", weight: 40m));

        var attempt = Assert.Single(result.Log.Attempts);
        Assert.Equal(("r", 4), (attempt.RuleId, attempt.RuleVersion));
        Assert.Equal([("A", 72.5m, false), ("B", 40m, true)], attempt.Candidates.Select(c => (c.PartnerId, c.Weight, c.Eligible)));
        Assert.Equal(1, attempt.EligibleCount);
        Assert.Equal("B", result.Log.Choice!.PartnerId);
    }
}
