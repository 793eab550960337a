using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Platform;

/// <summary>
/// <c>FlowChannel.FormSubmitted</c>: the trigger of workflows started by a submission of the form <c>formId</c>.
/// When an instance starts from it, its <c>record</c> output is the submitted record (workflow input <c>record</c>).
/// Reached later in a flow, it simply passes the same record on.
/// </summary>
public sealed class FormSubmittedActivity : WorkflowActivity
{
    public const string Type = "FlowChannel.FormSubmitted";

    public override string TypeName => Type;

    public override ActivityKind Kind => ActivityKind.Trigger;

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("formId")];

    public override IReadOnlyList<string> Outputs { get; } = ["record"];

    public static bool IsFormSubmitted(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return string.Equals(node.Type, Type, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The form id when written as a literal (the only form a trigger index can use), else null.</summary>
    public static string? LiteralFormId(ActivityNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Inputs.TryGetValue("formId", out var input) && input.Expression.Type == ExpressionType.Literal
            && JsonScalars.TryGetString(input.Expression.Value, out var formId) && formId.Length > 0
            ? formId
            : null;
    }

    public override void Read(ActivityReadContext context) => RequireLiteralFormId(context, "FormSubmitted");

    /// <summary>Form triggers are indexed by form id without running anything, so the id must be written as a literal.</summary>
    internal static void RequireLiteralFormId(ActivityReadContext context, string trigger)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Inputs.TryGetValue("formId", out var input) || input.Expression.Type != ExpressionType.Literal
            || !JsonScalars.TryGetString(input.Expression.Value, out var formId) || formId.Length == 0)
        {
            context.Error(context.PointerTo("formId"), $"{trigger} needs the form id as a literal string.");
        }
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.SetOutput("record", context.PeekWorkflowInput("record"));
        return ActivityResult.Done;
    }
}
