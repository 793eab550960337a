using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Model;

/// <summary>
/// A parsed expression. <see cref="Value"/> holds the value of a Literal and the parsed JSON of an Object expression;
/// <see cref="Text"/> holds the script of JavaScript, the template of Liquid, and the referenced name of Variable and
/// Input expressions. Values are shared: evaluation hands out copies.
/// </summary>
public sealed record WorkflowExpression(ExpressionType Type, JsonNode? Value = null, string? Text = null)
{
    public static WorkflowExpression Literal(JsonNode? value) => new(ExpressionType.Literal, value);
}
