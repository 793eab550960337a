namespace FlowChannel.Workflows.Tests.Scenarios.Approvals;

public sealed class ApprovalTallyTests
{
    private const VoteState P = VoteState.Pending;
    private const VoteState A = VoteState.Approved;
    private const VoteState R = VoteState.Rejected;

    [Theory]
    [InlineData(ApprovalMode.AnyOne, new[] { P, P, P }, null)]
    [InlineData(ApprovalMode.AnyOne, new[] { P, A, P }, "Approved")]
    [InlineData(ApprovalMode.AnyOne, new[] { R, P, P }, "Rejected")]
    [InlineData(ApprovalMode.All, new[] { A, A, P }, null)]
    [InlineData(ApprovalMode.All, new[] { A, A, A }, "Approved")]
    [InlineData(ApprovalMode.All, new[] { A, P, R }, "Rejected")]
    [InlineData(ApprovalMode.InOrder, new[] { A, P, P }, null)]
    [InlineData(ApprovalMode.InOrder, new[] { A, A, A }, "Approved")]
    [InlineData(ApprovalMode.InOrder, new[] { A, R, P }, "Rejected")]
    public void Modes_decide_as_their_names_say(ApprovalMode mode, VoteState[] votes, string? expected) =>
        Assert.Equal(expected, ApprovalTally.Decide(mode, 100, votes));

    [Theory]
    // 60 % of 5 is 3 approvals; 3 rejections make 3 approvals impossible.
    [InlineData(new[] { A, A, P, P, P }, null)]
    [InlineData(new[] { A, A, A, P, P }, "Approved")]
    [InlineData(new[] { R, R, P, P, P }, null)]
    [InlineData(new[] { R, R, R, P, P }, "Rejected")]
    [InlineData(new[] { A, R, A, R, A }, "Approved")]
    public void Percentage_needs_the_share_rounded_up(VoteState[] votes, string? expected) =>
        Assert.Equal(expected, ApprovalTally.Decide(ApprovalMode.Percentage, 60, votes));

    [Theory]
    [InlineData(50, 3, 2)]
    [InlineData(100, 4, 4)]
    [InlineData(1, 10, 1)]
    [InlineData(34, 3, 2)]
    public void Needed_approvals_round_up_and_are_at_least_one(int percentage, int approvers, int needed) =>
        Assert.Equal(needed, ApprovalTally.Needed(percentage, approvers));

    [Fact]
    public void In_order_the_next_turn_is_the_first_undecided_approver()
    {
        Assert.Equal(1, ApprovalTally.NextInOrder([A, P, P]));
        Assert.Null(ApprovalTally.NextInOrder([A, A]));
    }

    [Fact]
    public void An_empty_round_is_never_decided() => Assert.Null(ApprovalTally.Decide(ApprovalMode.All, 100, []));
}
