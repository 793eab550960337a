using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Activities.Platform;

/// <summary>
/// <c>FlowChannel.Notify</c>: asks the caller to notify the user <c>recipient</c>. Without a recipient (say, an
/// anonymous submission) the notification is skipped and the journal says so: a missing message is not worth
/// stopping the process for.
/// </summary>
public sealed class NotifyActivity : WorkflowActivity
{
    public override string TypeName => "FlowChannel.Notify";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("recipient"), new("subject"), new("body")];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recipient = context.GetString("recipient");
        if (string.IsNullOrWhiteSpace(recipient))
        {
            context.Log("No recipient; notification skipped.");
            return ActivityResult.Done;
        }

        context.AddEffect(new NotifyEffect(context.ActivityId, recipient, context.GetString("subject") ?? string.Empty, context.GetString("body") ?? string.Empty));
        return ActivityResult.Done;
    }
}
