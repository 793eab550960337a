namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>How the decisions of several approvers make the step's decision.</summary>
public enum ApprovalMode
{
    /// <summary>或签: the first approver to decide decides for all.</summary>
    AnyOne,

    /// <summary>会签: everyone must approve; one rejection rejects.</summary>
    All,

    /// <summary>依次: one after another in the listed order; one rejection rejects.</summary>
    InOrder,

    /// <summary>A share of the approvers (in per cent, rounded up) must approve.</summary>
    Percentage,
}
