namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.Start</c>: marks where a flowchart starts.</summary>
public sealed class StartActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.Start";

    public override ActivityResult Execute(ActivityExecutionContext context) => ActivityResult.Done;
}
