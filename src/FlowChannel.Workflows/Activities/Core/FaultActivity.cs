namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.Fault</c>: faults the instance with an incident carrying <c>code</c>, <c>category</c> and <c>message</c>.</summary>
public sealed class FaultActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.Fault";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("code"), new("category"), new("message")];

    public override IReadOnlyList<string> Outcomes => [];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var code = context.GetString("code");
        var category = context.GetString("category");
        var message = context.GetString("message") ?? "The workflow raised a fault.";
        var prefix = string.Join(" / ", new[] { category, code }.Where(s => !string.IsNullOrEmpty(s)));
        return ActivityResult.Fault(prefix.Length > 0 ? $"[{prefix}] {message}" : message);
    }
}
