using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Activities.Platform;

/// <summary><c>FlowChannel.UpdateRecord</c>: asks the caller to set a record's status and comment and merge a data patch.</summary>
public sealed class UpdateRecordActivity : WorkflowActivity
{
    public override string TypeName => "FlowChannel.UpdateRecord";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("recordId"), new("status"), new("data", "Object"), new("comment")];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recordId = context.GetString("recordId");
        if (!Guid.TryParse(recordId, out var id))
        {
            return ActivityResult.Fault($"UpdateRecord needs a record id; '{recordId}' is not one.");
        }

        var status = context.GetString("status");
        context.AddEffect(new UpdateRecordEffect(
            context.ActivityId, id, string.IsNullOrWhiteSpace(status) ? null : status, context.GetObject("data"), context.GetString("comment")));
        return ActivityResult.Done;
    }
}
