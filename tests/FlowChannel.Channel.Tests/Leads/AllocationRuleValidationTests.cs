using FlowChannel.Channel.Common;
using FlowChannel.Channel.Leads;
using static FlowChannel.Channel.Tests.Leads.LeadFixtures;

namespace FlowChannel.Channel.Tests.Leads;

public sealed class AllocationRuleValidationTests
{
    private static string PathOf(AllocationRule[] rules, AllocationSettings? settings = null) =>
        Assert.Throws<RuleException>(() =>
            LeadAllocator.Allocate(EastRetail(), [Partner("A")], rules, settings ?? Settings, Now, 0m)).Path;

    [Fact]
    public void A_rule_without_id_is_named_by_position() =>
        Assert.Equal("rules[1].id", PathOf([Rule("a"), Rule(" ")]));

    [Fact]
    public void A_duplicate_rule_id_is_refused() =>
        Assert.Equal("rules[2].id", PathOf([Rule("a"), Rule("b"), Rule("a", regions: ["east"])]));

    [Fact]
    public void Versions_start_at_one() =>
        Assert.Equal("rules[0].version", PathOf([Rule("a", version: 0)]));

    [Fact]
    public void An_empty_region_code_is_refused() =>
        Assert.Equal("rules[0].regions[1]", PathOf([Rule("a", regions: ["east", ""])]));

    [Fact]
    public void An_empty_industry_code_is_refused() =>
        Assert.Equal("rules[1].industries[0]", PathOf([Rule("a"), Rule("b", industries: [" "])]));

    [Fact]
    public void An_unknown_tier_is_refused() =>
        Assert.Equal("rules[0].tiers[1]", PathOf([Rule("a", tiers: [PartnerTier.Core, (PartnerTier)9])]));

    [Fact]
    public void An_unknown_picker_is_refused() =>
        Assert.Equal("rules[0].picker", PathOf([Rule("a", (PickerKind)7)]));

    [Fact]
    public void Missing_criteria_are_refused() =>
        Assert.Equal("rules[0].criteria", PathOf([new AllocationRule("a", 1, null!, PickerKind.RoundRobin)]));

    [Fact]
    public void A_negative_premium_cap_is_refused() =>
        Assert.Equal("settings.premiumCapPerPeriod", PathOf([Rule("a")], Settings with { PremiumCapPerPeriod = -1 }));

    [Fact]
    public void The_time_to_accept_must_be_positive() =>
        Assert.Equal("settings.acceptWithin", PathOf([Rule("a")], Settings with { AcceptWithin = TimeSpan.Zero }));

    [Fact]
    public void Rules_are_checked_even_when_none_covers_the_lead() =>
        Assert.Equal("rules[0].version", PathOf([Rule("west", regions: ["west"], version: -2)]));

    [Fact]
    public void A_partner_listed_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Allocate(EastRetail(), Rule("a"), Partner("A"), Partner("A")));
        Assert.StartsWith("candidates[1]", error.Message, StringComparison.Ordinal);
    }
}
