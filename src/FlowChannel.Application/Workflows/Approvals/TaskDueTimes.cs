using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;

namespace FlowChannel.Application.Workflows.Approvals;

/// <summary>
/// Due times run per approver from when their task opens: a later turn of an in-order round, a transferee or an
/// added signer gets the step's whole allowance, not what was left of someone else's.
/// </summary>
internal static class TaskDueTimes
{
    public static void Start(WorkflowTask task, ApprovalRequest request, DateTime now)
    {
        if (request.DueIn is not { } dueIn)
        {
            return;
        }

        task.DueAt = now + dueIn;
        task.RemindAt = request.RemindBefore is { } before ? task.DueAt - before : null;
        task.RemindedAt = null;
        task.OverdueAction = request.OverdueAction == OverdueAction.None ? null : request.OverdueAction.ToString();
    }
}
