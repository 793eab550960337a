using FlowChannel.Workflows.Effects;

namespace FlowChannel.Workflows.Activities.Messaging;

/// <summary>
/// <c>Elsa.PublishEvent</c>: asks the caller to publish <c>eventName</c> with <c>payload</c>, to the instances correlated
/// by <c>correlationId</c> when it is set (<see cref="PublishEventEffect"/>). Completes at once.
/// </summary>
public sealed class PublishEventActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.PublishEvent";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("eventName"), new("correlationId"), new("payload", "Object")];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var eventName = context.GetString("eventName");
        if (string.IsNullOrWhiteSpace(eventName))
        {
            return ActivityResult.Fault($"{TypeName}: the event name is empty.");
        }

        var correlationId = context.GetString("correlationId");
        context.AddEffect(new PublishEventEffect(
            context.ActivityId, eventName, string.IsNullOrWhiteSpace(correlationId) ? null : correlationId, context.Evaluate("payload")));
        return ActivityResult.Done;
    }
}
