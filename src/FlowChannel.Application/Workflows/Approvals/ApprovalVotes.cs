using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;

namespace FlowChannel.Application.Workflows.Approvals;

/// <summary>
/// Reads a round's tasks as votes. An approver's vote counts once every signer they added has decided: a signer's
/// rejection is the approver's rejection, and an approver who approved and added a signer after waits for them.
/// </summary>
internal static class ApprovalVotes
{
    /// <summary>The round's own approvers (not added signers), in their listed order.</summary>
    public static List<WorkflowTask> Principals(IEnumerable<WorkflowTask> round) =>
        [.. round.Where(t => t.ParentTaskId is null && t.Kind == TaskKinds.Approval).OrderBy(t => t.Sequence)];

    public static List<VoteState> Of(IReadOnlyList<WorkflowTask> round) =>
        [.. Principals(round).Select(p => Of(p, round))];

    public static VoteState Of(WorkflowTask task, IReadOnlyList<WorkflowTask> round)
    {
        var signers = round.Where(t => t.ParentTaskId == task.Id && t.Status != TaskStatuses.Cancelled).ToList();
        if (signers.Select(s => Of(s, round)).Any(v => v == VoteState.Rejected) || Own(task) == VoteState.Rejected)
        {
            return VoteState.Rejected;
        }

        return Own(task) == VoteState.Approved && signers.All(s => Of(s, round) == VoteState.Approved) ? VoteState.Approved : VoteState.Pending;
    }

    private static VoteState Own(WorkflowTask task) => task.Status != TaskStatuses.Completed ? VoteState.Pending
        : task.Outcome == ApprovalOutcomes.Approved ? VoteState.Approved
        : task.Outcome == ApprovalOutcomes.Rejected ? VoteState.Rejected
        : VoteState.Pending;
}
