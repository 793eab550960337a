namespace FlowChannel.Workflows.Activities.Composition;

/// <summary><c>Elsa.ExecuteWorkflow</c>: runs another workflow as a step of this one, always waiting for its result.</summary>
public sealed class ExecuteWorkflowActivity : ChildWorkflowActivity
{
    public override string TypeName => "Elsa.ExecuteWorkflow";

    public override ActivityKind Kind => ActivityKind.Blocking;

    protected override bool WaitsForCompletion(ActivityExecutionContext context) => true;
}
