namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.Correlate</c>: sets the instance's correlation id.</summary>
public sealed class CorrelateActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.Correlate";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("correlationId")];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CorrelationId = context.GetString("correlationId");
        return ActivityResult.Done;
    }
}
