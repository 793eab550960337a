using System.Text.Json.Nodes;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities;

/// <summary>Inputs written as templates (notification texts) rather than as expressions.</summary>
public sealed partial class ActivityExecutionContext
{
    /// <summary>
    /// The input rendered as a Liquid/Scriban template when it is written as one (a literal or a Liquid expression),
    /// with the usual Liquid names plus <paramref name="names"/>; any other expression's value is returned as plain text
    /// and never rendered, so data a script returns cannot smuggle template code in. Null when the input is not set.
    /// </summary>
    public string? RenderTemplate(string inputName, IReadOnlyDictionary<string, JsonNode?> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (!Node.Inputs.TryGetValue(inputName, out var input))
        {
            return null;
        }

        var template = TemplateText(input);
        if (template is null)
        {
            return GetString(inputName);
        }

        try
        {
            return _execution.RenderTemplate(template, names);
        }
        catch (ExpressionException e)
        {
            throw new WorkflowFaultException($"{ActivityDescription.Of(this)}, input '{inputName}': {e.Message}", e);
        }
    }

    /// <summary>
    /// The template text of <paramref name="inputName"/> when it is written as a template (a literal or a Liquid
    /// expression), else null: what <see cref="RenderTemplate"/> would render.
    /// </summary>
    public string? TemplateTextOf(string inputName) =>
        Node.Inputs.TryGetValue(inputName, out var input) ? TemplateText(input) : null;

    /// <summary>
    /// A copy of the names Liquid templates see now, for rendering a template again after this step (say, once per
    /// person a notification goes to).
    /// </summary>
    public Dictionary<string, JsonNode?> LiquidNamesSnapshot() => new(StringComparer.Ordinal)
    {
        ["Variables"] = _execution.State.Variables.DeepClone(),
        ["Input"] = _execution.State.Input.DeepClone(),
        ["WorkflowInstanceId"] = _execution.State.InstanceId,
        ["WorkflowDefinitionId"] = _execution.State.DefinitionId,
        ["WorkflowDefinitionVersionId"] = _execution.State.DefinitionVersionId,
        ["WorkflowDefinitionVersion"] = _execution.State.DefinitionVersion,
        ["CorrelationId"] = _execution.State.CorrelationId,
    };

    private static string? TemplateText(ActivityInput input) => input.Expression switch
    {
        { Type: ExpressionType.Liquid, Text: var text } => text ?? string.Empty,
        { Type: ExpressionType.Literal, Value: null } => null,
        { Type: ExpressionType.Literal, Value: var value } when JsonScalars.TryGetString(value, out var text) => text,
        _ => null,
    };
}
