using FlowChannel.Channel.Leads;
using static FlowChannel.Channel.Tests.Leads.LeadFixtures;

namespace FlowChannel.Channel.Tests.Leads;

public sealed class RoundRobinTests
{
    [Fact]
    public void A_partner_never_assigned_comes_before_any_earlier_assignment()
    {
        var result = Allocate(EastRetail(), Rule("rr"), Partner("A", lastAssigned: HoursAgo(500)), Partner("B"));

        Assert.Equal("B", result.Assignment!.PartnerId);
        Assert.Equal(ChoiceReason.NeverAssigned, result.Log.Choice!.Reason);
        Assert.Equal(TieBreak.None, result.Log.Choice.TieBrokenBy);
    }

    [Fact]
    public void The_oldest_last_assignment_wins()
    {
        var result = Allocate(
            EastRetail(),
            Rule("rr"),
            Partner("A", lastAssigned: HoursAgo(2)),
            Partner("B", lastAssigned: HoursAgo(30)),
            Partner("C", lastAssigned: HoursAgo(5)));

        Assert.Equal("B", result.Assignment!.PartnerId);
        Assert.Equal(ChoiceReason.OldestLastAssignment, result.Log.Choice!.Reason);
        Assert.Contains("2026-11-23T03:00:00.0000000+00:00", result.Log.Choice.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_last_assignments_are_broken_by_partner_id()
    {
        var at = HoursAgo(3);
        var result = Allocate(EastRetail(), Rule("rr"), Partner("P2", lastAssigned: at), Partner("P1", lastAssigned: at));

        Assert.Equal("P1", result.Assignment!.PartnerId);
        Assert.Equal(TieBreak.PartnerId, result.Log.Choice!.TieBrokenBy);
    }

    [Fact]
    public void Two_never_assigned_partners_are_broken_by_ordinal_partner_id()
    {
        var result = Allocate(EastRetail(), Rule("rr"), Partner("P9"), Partner("P10"));

        Assert.Equal("P10", result.Assignment!.PartnerId);
        Assert.Equal(ChoiceReason.NeverAssigned, result.Log.Choice!.Reason);
        Assert.Equal(TieBreak.PartnerId, result.Log.Choice.TieBrokenBy);
    }

    [Fact]
    public void Successive_leads_go_round_the_partners_in_turn()
    {
        LeadCandidate[] partners = [Partner("C"), Partner("A"), Partner("B")];
        var picks = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var at = Now.AddMinutes(i);
            var chosen = LeadAllocator.Allocate(EastRetail(), partners, [Rule("rr")], Settings, at, 0m).Assignment!.PartnerId;
            picks.Add(chosen);
            partners = AfterAssignment(partners, chosen, at);
        }

        Assert.Equal(["A", "B", "C", "A", "B", "C"], picks);
    }

    [Fact]
    public void Round_robin_ignores_weights_and_logs_no_draw()
    {
        var result = Allocate(EastRetail(), Rule("rr"), Partner("A", weight: 0m), Partner("B", weight: 9m, lastAssigned: HoursAgo(1)));

        Assert.Equal("A", result.Assignment!.PartnerId);
        Assert.Null(result.Log.Draw);
        Assert.All(result.Log.Attempts[0].Candidates, c => Assert.Null(c.Share));
    }
}
