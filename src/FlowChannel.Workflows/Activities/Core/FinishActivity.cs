namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.Finish</c>: ends the instance at once and clears its bookmarks.</summary>
public sealed class FinishActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.Finish";

    public override ActivityKind Kind => ActivityKind.Terminal;

    public override IReadOnlyList<string> Outcomes => [];

    public override ActivityResult Execute(ActivityExecutionContext context) => ActivityResult.Done;
}
