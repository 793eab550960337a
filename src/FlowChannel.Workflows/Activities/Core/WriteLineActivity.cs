namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.WriteLine</c>: a server has no console worth writing to, so the text goes to the instance's journal.</summary>
public sealed class WriteLineActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.WriteLine";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("text")];

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Log(context.GetString("text") ?? string.Empty);
        return ActivityResult.Done;
    }
}
