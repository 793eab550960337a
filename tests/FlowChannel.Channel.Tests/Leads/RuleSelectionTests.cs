using FlowChannel.Channel.Common;
using FlowChannel.Channel.Leads;
using static FlowChannel.Channel.Tests.Leads.LeadFixtures;

namespace FlowChannel.Channel.Tests.Leads;

public sealed class RuleSelectionTests
{
    private static readonly LeadCandidate[] Partners =
    [
        Partner("CORE", PartnerTier.Core, lastAssigned: HoursAgo(1)),
        Partner("ORD", PartnerTier.Ordinary, lastAssigned: HoursAgo(9)),
    ];

    [Fact]
    public void The_most_specific_covering_rule_decides_whatever_the_list_order()
    {
        AllocationRule[] rules =
        [
            Rule("fallback"),
            Rule("east", regions: ["east"]),
            Rule("east-retail-core", regions: ["east"], industries: ["retail"], tiers: [PartnerTier.Core], version: 3),
        ];

        var result = LeadAllocator.Allocate(EastRetail(), Partners, rules, Settings, Now, 0m);

        Assert.Equal("CORE", result.Assignment!.PartnerId);
        Assert.Equal(("east-retail-core", 3), (result.Assignment.RuleId, result.Assignment.RuleVersion));
        Assert.Equal("east-retail-core", result.Log.DecidingRule!.RuleId);
    }

    [Fact]
    public void A_specific_rule_without_eligible_candidates_gives_way_to_the_next()
    {
        AllocationRule[] rules = [Rule("fallback"), Rule("east-core", regions: ["east"], tiers: [PartnerTier.Core])];
        LeadCandidate[] partners = [Partners[0] with { OnCreditHold = true }, Partners[1]];

        var result = LeadAllocator.Allocate(EastRetail(), partners, rules, Settings, Now, 0m);

        Assert.Equal("ORD", result.Assignment!.PartnerId);
        Assert.Equal(["east-core", "fallback"], result.Log.Attempts.Select(a => a.RuleId));
        Assert.Equal(0, result.Log.Attempts[0].EligibleCount);
        Assert.Equal("fallback", result.Log.DecidingRule!.RuleId);
    }

    [Fact]
    public void Rules_of_equal_specificity_are_tried_in_the_order_given()
    {
        AllocationRule[] rules = [Rule("by-industry", industries: ["retail"]), Rule("by-region", regions: ["east"])];

        var result = LeadAllocator.Allocate(EastRetail(), Partners, rules, Settings, Now, 0m);

        Assert.Equal("by-industry", result.Assignment!.RuleId);
    }

    [Fact]
    public void A_rule_for_other_regions_does_not_cover_the_lead()
    {
        var result = LeadAllocator.Allocate(EastRetail(), Partners, [Rule("west", regions: ["west"])], Settings, Now, 0m);

        Assert.Equal(AllocationOutcome.NoRuleCoversLead, result.Outcome);
        Assert.Null(result.Assignment);
        Assert.Empty(result.Log.Attempts);
    }

    [Fact]
    public void A_lead_without_region_is_not_covered_by_a_regional_rule() =>
        Assert.Equal(
            AllocationOutcome.NoRuleCoversLead,
            LeadAllocator.Allocate(new Lead("L", null, "retail"), Partners, [Rule("east", regions: ["east"])], Settings, Now, 0m).Outcome);

    [Fact]
    public void No_rules_at_all_is_an_outcome_not_an_exception() =>
        Assert.Equal(AllocationOutcome.NoRuleCoversLead, LeadAllocator.Allocate(EastRetail(), Partners, [], Settings, Now, 0m).Outcome);

    [Fact]
    public void No_eligible_candidate_says_why_for_each_rule_and_partner()
    {
        AllocationRule[] rules = [Rule("fallback"), Rule("east", regions: ["east"])];
        LeadCandidate[] partners = [Partners[0] with { IsActive = false }, Partners[1] with { OpenLeads = 10 }];

        var result = LeadAllocator.Allocate(EastRetail(), partners, rules, Settings, Now, 0m);

        Assert.Equal(AllocationOutcome.NoEligibleCandidate, result.Outcome);
        Assert.Null(result.Assignment);
        Assert.Null(result.Log.Choice);
        Assert.Null(result.Log.DecidingRule);
        Assert.Equal(2, result.Log.Attempts.Count);
        Assert.All(result.Log.Attempts, a => Assert.Equal(
            [[ExclusionReason.Inactive], [ExclusionReason.AtCapacity]],
            a.Candidates.Select(c => c.Reasons)));
    }

    [Fact]
    public void No_candidates_at_all_is_no_eligible_candidate()
    {
        var result = LeadAllocator.Allocate(EastRetail(), [], [Rule("fallback")], Settings, Now, 0m);

        Assert.Equal(AllocationOutcome.NoEligibleCandidate, result.Outcome);
        Assert.Empty(Assert.Single(result.Log.Attempts).Candidates);
    }

    [Fact]
    public void The_assignment_must_be_accepted_within_the_sla()
    {
        var result = LeadAllocator.Allocate(EastRetail(), Partners, [Rule("fallback")], Settings, Now, 0m);

        Assert.Equal(Now, result.Assignment!.AssignedAt);
        Assert.Equal(Now.AddHours(24), result.Assignment.AcceptBy);
        Assert.Equal(Now, result.Log.DecidedAt);
        Assert.Equal("L-1", result.Log.LeadId);
    }
}
