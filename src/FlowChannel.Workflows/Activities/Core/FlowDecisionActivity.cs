namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.FlowDecision</c>: completes with <c>True</c> or <c>False</c> depending on <c>condition</c>.</summary>
public sealed class FlowDecisionActivity : WorkflowActivity
{
    private static readonly ActivityResult True = ActivityResult.Complete("True");
    private static readonly ActivityResult False = ActivityResult.Complete("False");

    public override string TypeName => "Elsa.FlowDecision";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("condition", "Boolean")];

    public override IReadOnlyList<string> Outcomes { get; } = ["True", "False"];

    public override ActivityResult Execute(ActivityExecutionContext context) =>
        context.GetBoolean("condition") ? True : False;
}
