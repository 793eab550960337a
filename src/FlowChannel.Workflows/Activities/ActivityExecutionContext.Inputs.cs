using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlowChannel.Expressions;
using FlowChannel.Expressions.Json;
using FlowChannel.Workflows.Model;

namespace FlowChannel.Workflows.Activities;

/// <summary>Typed access to inputs: evaluated, then converted the way Elsa converts to the input's type.</summary>
public sealed partial class ActivityExecutionContext
{
    /// <summary>The input's value, or null when the activity does not set it.</summary>
    public JsonNode? Evaluate(string inputName) =>
        Node.Inputs.TryGetValue(inputName, out var input) ? Evaluate(input.Expression, inputName) : null;

    /// <summary>Evaluates an expression; a failure names <paramref name="what"/> (e.g. the input) in the incident.</summary>
    public JsonNode? Evaluate(WorkflowExpression expression, string what)
    {
        ArgumentNullException.ThrowIfNull(expression);
        try
        {
            return _execution.Evaluate(expression);
        }
        catch (ExpressionException e)
        {
            throw new WorkflowFaultException($"{what}: {e.Message}", e);
        }
        catch (WorkflowFaultException e)
        {
            // Raised by script globals (an unknown variable, setOutcome outside RunJavaScript): say which input.
            throw new WorkflowFaultException($"{what}: {e.Message}", e);
        }
    }

    /// <summary>Text: scalars in their invariant form, objects and arrays as JSON; null when unset or null.</summary>
    public string? GetString(string inputName) => Evaluate(inputName) switch
    {
        null => null,
        JsonValue value when JsonScalars.TryGetString(value, out var text) => text,
        JsonValue value when JsonScalars.TryGetDouble(value, out var number) => number.ToString(CultureInfo.InvariantCulture),
        JsonValue value => value.ToJsonString(),
        var other => other.ToJsonString(),
    };

    public bool GetBoolean(string inputName)
    {
        var value = Evaluate(inputName);
        if (value is null)
        {
            return false;
        }

        if (JsonScalars.TryGetBoolean(value, out var flag))
        {
            return flag;
        }

        if (JsonScalars.TryGetString(value, out var text) && bool.TryParse(text.Trim(), out var parsed))
        {
            return parsed;
        }

        return JsonScalars.TryGetDouble(value, out var number)
            ? number != 0
            : throw new WorkflowFaultException($"{inputName}: expected true or false, got {value.ToJsonString()}.");
    }

    /// <summary>An object (or JSON text of one); null when unset or null.</summary>
    public JsonObject? GetObject(string inputName) => Evaluate(inputName) switch
    {
        null => null,
        JsonObject obj => obj,
        var value when JsonScalars.TryGetString(value, out var text) && Parse(text) is JsonObject parsed => parsed,
        var value => throw new WorkflowFaultException($"{inputName}: expected an object, got {value.ToJsonString()}."),
    };

    /// <summary>A list of strings from an array, JSON text of one, or a single value.</summary>
    public IReadOnlyList<string> GetStringList(string inputName)
    {
        var value = Evaluate(inputName);
        if (value is JsonValue && JsonScalars.TryGetString(value, out var text))
        {
            value = text.TrimStart().StartsWith('[') ? Parse(text) : value;
        }

        return value switch
        {
            null => [],
            JsonArray array => [.. array.Select(item => item is null ? string.Empty : JsonScalars.TryGetString(item, out var s) ? s : item.ToJsonString())],
            _ => [JsonScalars.TryGetString(value, out var single) ? single : value.ToJsonString()],
        };
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
