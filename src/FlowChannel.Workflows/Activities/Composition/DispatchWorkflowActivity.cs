namespace FlowChannel.Workflows.Activities.Composition;

/// <summary>
/// <c>Elsa.DispatchWorkflow</c>: starts another workflow and carries on at once, unless <c>waitForCompletion</c> is
/// true, in which case it waits like <c>Elsa.ExecuteWorkflow</c>.
/// </summary>
public sealed class DispatchWorkflowActivity : ChildWorkflowActivity
{
    public override string TypeName => "Elsa.DispatchWorkflow";

    public override ActivityKind Kind => ActivityKind.Blocking;

    protected override bool WaitsForCompletion(ActivityExecutionContext context) => context.GetBoolean("waitForCompletion");
}
