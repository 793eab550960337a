namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>Where one approver of a round stands, counting any signer they added.</summary>
public enum VoteState
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>
/// Decides an approval round from its approvers' votes, in the order they were listed. Pure, so the host can ask
/// after every decision and the rule is tested once for every mode.
/// </summary>
public static class ApprovalTally
{
    /// <returns><c>Approved</c>, <c>Rejected</c>, or null while the round is still open.</returns>
    public static string? Decide(ApprovalMode mode, int percentage, IReadOnlyList<VoteState> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        if (votes.Count == 0)
        {
            return null;
        }

        var approved = votes.Count(v => v == VoteState.Approved);
        var rejected = votes.Count(v => v == VoteState.Rejected);
        switch (mode)
        {
            case ApprovalMode.AnyOne:
                // The first decision decides; if two land in one instant, approval and rejection are both "first",
                // and a rejection is the safer reading.
                return rejected > 0 ? ApprovalOutcomes.Rejected : approved > 0 ? ApprovalOutcomes.Approved : null;
            case ApprovalMode.Percentage:
                var needed = Needed(percentage, votes.Count);
                return approved >= needed ? ApprovalOutcomes.Approved
                    : rejected > votes.Count - needed ? ApprovalOutcomes.Rejected
                    : null;
            default:
                return rejected > 0 ? ApprovalOutcomes.Rejected
                    : approved == votes.Count ? ApprovalOutcomes.Approved
                    : null;
        }
    }

    /// <summary>How many approvals a percentage round needs: the share rounded up, at least one.</summary>
    public static int Needed(int percentage, int approvers) =>
        Math.Max(1, (int)Math.Ceiling(Math.Clamp(percentage, 1, 100) * approvers / 100.0));

    /// <summary>In order: the first approver still to vote (the one whose task is open), or null when none is.</summary>
    public static int? NextInOrder(IReadOnlyList<VoteState> votes)
    {
        ArgumentNullException.ThrowIfNull(votes);
        for (var i = 0; i < votes.Count; i++)
        {
            if (votes[i] == VoteState.Pending)
            {
                return i;
            }
        }

        return null;
    }
}
