using FlowChannel.Expressions.JavaScript;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities.Core;

/// <summary>
/// <c>Elsa.RunJavaScript</c>: runs <c>script</c> (Studio stores the code as a Literal) with <c>setOutcome(s)</c> available;
/// completes with the outcomes the script set, or <c>Done</c>. Its value is the <c>result</c> output.
/// </summary>
public sealed class RunJavaScriptActivity : WorkflowActivity
{
    public override string TypeName => "Elsa.RunJavaScript";

    public override IReadOnlyList<ActivityInputDescriptor> Inputs { get; } = [new("script")];

    public override IReadOnlyList<string> Outputs { get; } = ["result"];

    public override void Read(ActivityReadContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A JavaScript-typed script was checked by the reader already; a Literal one (Studio's way) is checked here.
        if (context.Inputs.GetValueOrDefault("script") is { Expression.Type: ExpressionType.Literal } input
            && Script(input) is { } script && JavaScriptSyntax.Check(script) is { } error)
        {
            context.Error(context.PointerTo("script"), error.Message);
        }
    }

    public override ActivityResult Execute(ActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var script = Script(context.Node.Inputs.GetValueOrDefault("script")) ?? context.GetString("script") ?? string.Empty;
        var outcomes = new List<string>();
        var result = context.RunScript(script, outcomes);
        context.SetOutput("result", result);
        return outcomes.Count > 0 ? ActivityResult.Complete(outcomes) : ActivityResult.Done;
    }

    /// <summary>The code itself: a Literal's text, or a JavaScript expression's text (some exports mark it so).</summary>
    private static string? Script(ActivityInput? input) => input?.Expression switch
    {
        { Type: ExpressionType.JavaScript } expression => expression.Text,
        { Type: ExpressionType.Literal, Value: { } value } => value.ToString(),
        _ => null,
    };
}
