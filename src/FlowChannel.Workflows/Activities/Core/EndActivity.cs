namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.End</c>: completes the flowchart at once, so the instance finishes even if other branches still wait.</summary>
public sealed class EndActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.End";

    public override ActivityKind Kind => ActivityKind.Terminal;

    public override IReadOnlyList<string> Outcomes => [];

    public override ActivityResult Execute(ActivityExecutionContext context) => ActivityResult.Done;
}
