namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>What a step does when its approvers resolve to nobody (an empty role, a department without a head).</summary>
public enum NoApproverAction
{
    /// <summary>The administrators get the task, so the flow never silently stalls or passes.</summary>
    Admin,
    Approve,
    Fault,
}
