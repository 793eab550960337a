namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>What happens when an approval step passes its due time.</summary>
public enum OverdueAction
{
    /// <summary>Nothing but the overdue badge (and the reminder, if one is set).</summary>
    None,
    Approve,
    Reject,

    /// <summary>The step completes with the <c>Escalated</c> outcome; the author connects what follows.</summary>
    Escalate,
}
