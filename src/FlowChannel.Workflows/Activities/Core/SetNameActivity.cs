namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.SetName</c>: names the instance (shown in instance lists).</summary>
public sealed class SetNameActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.SetName";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("value")];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetInstanceName(context.GetString("value"));
        return ActivityResult.Done;
    }
}
