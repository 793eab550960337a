namespace FlowChannel.Workflows.Activities.Platform.Approvals;

/// <summary>What an approver may do with one form field at a step.</summary>
public enum FieldAccess
{
    Hidden,
    Read,
    Edit,
}
