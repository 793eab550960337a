using FlowChannel.Channel.Leads;
using static FlowChannel.Channel.Tests.Leads.LeadFixtures;

namespace FlowChannel.Channel.Tests.Leads;

public sealed class ReassignmentTests
{
    private static AssignmentRecord Assigned(string partnerId, int hoursAgo, AssignmentState state) =>
        new(partnerId, HoursAgo(hoursAgo), HoursAgo(hoursAgo) + Settings.AcceptWithin, state);

    private static readonly LeadCandidate[] Partners =
    [
        Partner("A"),
        Partner("B", lastAssigned: HoursAgo(60)),
        Partner("C", lastAssigned: HoursAgo(50)),
    ];

    [Fact]
    public void An_assignment_accepted_exactly_at_the_deadline_is_in_time()
    {
        var assignment = Assigned("A", 24, AssignmentState.Pending);

        Assert.Equal(AssignmentState.Pending, LeadSla.StateAt(assignment, Now));
        Assert.Equal(AssignmentState.Expired, LeadSla.StateAt(assignment, Now.AddTicks(1)));
        Assert.False(LeadSla.NeedsReassignment([assignment], Now));
        Assert.True(LeadSla.NeedsReassignment([assignment], Now.AddTicks(1)));
    }

    [Fact]
    public void Only_a_declined_or_expired_latest_assignment_needs_reassigning()
    {
        Assert.False(LeadSla.NeedsReassignment([], Now));
        Assert.False(LeadSla.NeedsReassignment([Assigned("A", 1, AssignmentState.Accepted)], Now));
        Assert.True(LeadSla.NeedsReassignment([Assigned("A", 1, AssignmentState.Declined)], Now));
        Assert.True(LeadSla.NeedsReassignment([Assigned("A", 1, AssignmentState.Expired)], Now));
        Assert.False(LeadSla.NeedsReassignment([Assigned("B", 1, AssignmentState.Pending), Assigned("A", 30, AssignmentState.Declined)], Now));
    }

    [Fact]
    public void Reassignment_leaves_out_partners_that_declined_or_let_the_lead_expire()
    {
        AssignmentRecord[] history = [Assigned("A", 60, AssignmentState.Declined), Assigned("B", 30, AssignmentState.Pending)];

        var result = LeadAllocator.Reassign(EastRetail(), history, Partners, [Rule("rr")], Settings, Now, 0m);

        Assert.Equal("C", result.Assignment!.PartnerId);
        Assert.Equal(["A", "B"], result.Log.ExcludedForThisLead);
        var reasons = result.Log.Attempts[0].Candidates.ToDictionary(c => c.PartnerId, c => c.Reasons);
        Assert.Equal([ExclusionReason.DeclinedThisLead], reasons["A"]);
        Assert.Equal([ExclusionReason.LetThisLeadExpire], reasons["B"]);
        Assert.Equal(Now.AddHours(24), result.Assignment.AcceptBy);
    }

    [Fact]
    public void When_every_eligible_partner_declined_the_lead_stays_unassigned()
    {
        AssignmentRecord[] history =
        [
            Assigned("A", 80, AssignmentState.Declined),
            Assigned("B", 50, AssignmentState.Expired),
            Assigned("C", 3, AssignmentState.Declined),
        ];

        var result = LeadAllocator.Reassign(EastRetail(), history, Partners, [Rule("rr")], Settings, Now, 0m);

        Assert.Equal(AllocationOutcome.NoEligibleCandidate, result.Outcome);
        Assert.Equal(3, result.Log.ExcludedForThisLead.Count);
    }

    [Fact]
    public void A_lead_still_within_its_sla_is_not_reassigned() =>
        Assert.Throws<InvalidOperationException>(() => LeadAllocator.Reassign(
            EastRetail(), [Assigned("A", 2, AssignmentState.Pending)], Partners, [Rule("rr")], Settings, Now, 0m));

    [Fact]
    public void A_new_allocation_excludes_nobody() =>
        Assert.Empty(Allocate(EastRetail(), Rule("rr"), Partners).Log.ExcludedForThisLead);
}
