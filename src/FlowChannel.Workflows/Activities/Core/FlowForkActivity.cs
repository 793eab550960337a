namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.FlowFork</c>: completes with every branch name, so all branches run.</summary>
public sealed class FlowForkActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.FlowFork";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("branches", "String[]")];

    public override IReadOnlyList<string> Outcomes => [];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ActivityResult.Complete(context.GetStringList("branches"));
    }
}
