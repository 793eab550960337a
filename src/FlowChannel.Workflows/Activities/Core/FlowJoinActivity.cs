using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Core;

/// <summary><c>Elsa.FlowJoin</c>: merges branches; the runtime does the waiting according to <c>mode</c>.</summary>
public sealed class FlowJoinActivity : WorkflowActivity
{
    public const string Type = "Elsa.FlowJoin";

    public override string TypeName => Type;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } =
        [new("mode", "Elsa.Workflows.Core.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core")];

    public static bool IsFlowJoin(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.IsKnown && node.Type.StartsWith(Type, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The literal mode; WaitAny (Elsa's default) when unset or not a literal.</summary>
    public static FlowJoinMode ModeOf(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Inputs.TryGetValue("mode", out var input)
            && JsonScalars.TryGetString(input.Expression.Value, out var text)
            && Enum.TryParse<FlowJoinMode>(text, ignoreCase: true, out var mode)
            ? mode
            : FlowJoinMode.WaitAny;
    }

    public override void Read(ActivityReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Inputs.TryGetValue("mode", out var input)
            && (input.Expression.Type != ExpressionType.Literal
                || !JsonScalars.TryGetString(input.Expression.Value, out var text) || !Enum.TryParse<FlowJoinMode>(text, true, out _)))
        {
            context.Error(context.PointerTo("mode"), "The join mode must be a literal WaitAny, WaitAll or WaitAllActive.");
        }
    }

    public override ActivityResult Execute(ActivityExecutionContext context) => ActivityResult.Done;
}
