using System.Text.Json.Nodes;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Runtime;

/// <summary>Variables, outputs and expression evaluation for the step. Values handed out are always copies.</summary>
internal sealed partial class WorkflowExecution
{
    private Dictionary<string, JsonNode?>? _liquidModel;

    public JsonNode? GetVariable(string name) => PeekVariable(name)?.DeepClone();

    /// <summary>The stored value itself, for readers that only look at it.</summary>
    public JsonNode? PeekVariable(string name) =>
        Workflow.VariablesByName.ContainsKey(name)
            ? State.Variables[name]
            : throw new WorkflowFaultException($"There is no variable named '{name}'.");

    /// <summary>Stores <paramref name="value"/> (owned by the caller) converted to the variable's type.</summary>
    public void SetVariable(string name, JsonNode? value)
    {
        if (!Workflow.VariablesByName.TryGetValue(name, out var variable))
        {
            throw new WorkflowFaultException($"There is no variable named '{name}'.");
        }

        State.Variables[name] = VariableValues.Convert(variable, value);
    }

    public JsonNode? Evaluate(WorkflowExpression expression) => expression.Type switch
    {
        ExpressionType.Literal or ExpressionType.Object => expression.Value?.DeepClone(),
        ExpressionType.Variable => GetVariable(expression.Text ?? string.Empty),
        ExpressionType.Input => Scope.GetInput(expression.Text),
        ExpressionType.JavaScript => Runner.JavaScript.Evaluate(expression.Text ?? string.Empty, Workflow.Scripts, Scope),
        ExpressionType.Liquid => JsonValue.Create(Runner.Liquid.Render(expression.Text ?? string.Empty, LiquidModel())),
        _ => throw new WorkflowFaultException($"Expression type {expression.Type} cannot be evaluated."),
    };

    /// <summary>Records an output of <paramref name="node"/> in <paramref name="outputs"/> and stores it in the variable it is bound to, if any.</summary>
    public void SetOutput(CompiledNode node, JsonObject outputs, string name, JsonNode? value)
    {
        // Each execution of an activity gets a new outputs object (see ActivityExecutionContext), so state copies
        // made before this step, which share the previous one, never see it change.
        outputs[name] = value?.DeepClone();
        State.ActivityOutputs[node.Id] = outputs;
        if (name == "result")
        {
            State.LastResult = value?.DeepClone();
        }

        if (node.Node.Outputs.TryGetValue(name, out var variable))
        {
            SetVariable(variable, value?.DeepClone());
        }
    }

    /// <summary>Renders a template with the Liquid names plus <paramref name="names"/> (which win on a clash).</summary>
    public string RenderTemplate(string template, IReadOnlyDictionary<string, JsonNode?> names) =>
        Runner.Liquid.Render(template, LiquidModel(), names);

    /// <summary>
    /// The names Liquid expressions see, made once per step; the state's objects are wrapped read-only, not copied.
    /// Only the correlation id can change during a step.
    /// </summary>
    private Dictionary<string, JsonNode?> LiquidModel()
    {
        _liquidModel ??= new(7, StringComparer.Ordinal)
        {
            ["Variables"] = State.Variables,
            ["Input"] = State.Input,
            ["WorkflowInstanceId"] = State.InstanceId,
            ["WorkflowDefinitionId"] = State.DefinitionId,
            ["WorkflowDefinitionVersionId"] = State.DefinitionVersionId,
            ["WorkflowDefinitionVersion"] = State.DefinitionVersion,
        };
        _liquidModel["CorrelationId"] = State.CorrelationId;
        return _liquidModel;
    }
}
