namespace FlowChannel.Workflows.Activities.Core;

/// <summary>
/// <c>Elsa.SetVariable</c>: stores <c>value</c>, converted to the variable's type. <c>variable</c> is the variable's
/// plain JSON (<c>{ id, name, … }</c>), resolved once at import.
/// </summary>
public sealed class SetVariableActivity : WorkflowActivity
{
    private const string VariableKey = "variable";

    public override string TypeName => "Elsa.SetVariable";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("value", "Object")];

    public override void Read(ActivityReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reference = context.Source[VariableKey];
        if (context.FindVariable(reference) is { } variable)
        {
            context.SetProperty(VariableKey, variable.Name);
        }
        else
        {
            context.Error(context.PointerTo(VariableKey), reference is null
                ? "SetVariable needs the variable to set."
                : $"SetVariable refers to {reference.ToJsonString()}, which is not a workflow variable.");
        }
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Node.Properties.TryGetValue(VariableKey, out var name))
        {
            // Only a definition built in code, not read from JSON, can get here without a resolved variable.
            return ActivityResult.Fault("SetVariable does not name a workflow variable.");
        }

        context.SetVariable((string)name, context.Evaluate("value"));
        return ActivityResult.Done;
    }
}
