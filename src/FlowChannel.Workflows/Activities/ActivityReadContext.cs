using System.Text.Json.Nodes;
using FlowChannel.Workflows.Model;
using FlowChannel.Workflows.Serialization;

namespace FlowChannel.Workflows.Activities;

/// <summary>What an activity sees while its JSON is imported: its source, its parsed inputs, and diagnostics.</summary>
public sealed class ActivityReadContext
{
    private readonly ReadSession _session;
    private readonly Dictionary<string, object> _properties;

    internal ActivityReadContext(
        ReadSession session,
        JsonObject source,
        string at,
        IReadOnlyDictionary<string, ActivityInput> inputs,
        Dictionary<string, object> properties,
        bool canStartWorkflow)
    {
        _session = session;
        _properties = properties;
        Source = source;
        JsonPointer = at;
        Inputs = inputs;
        CanStartWorkflow = canStartWorkflow;
    }

    /// <summary>The activity's JSON (property names compare case-insensitively).</summary>
    public JsonObject Source { get; }

    public string JsonPointer { get; }

    public IReadOnlyDictionary<string, ActivityInput> Inputs { get; }

    /// <summary><c>canStartWorkflow</c>: a trigger's values must then be literals, since triggers are indexed unrun.</summary>
    public bool CanStartWorkflow { get; }

    public string PointerTo(string property) => Serialization.JsonPointer.Append(JsonPointer, property);

    /// <summary>Parses a plain <c>{ type, value }</c> expression, reporting unsupported types and syntax errors.</summary>
    public WorkflowExpression? ReadExpression(JsonNode? node, string at)
    {
        // Some serialisers wrap an expression like an input: { typeName, expression: { type, value } }.
        if (node is JsonObject { } wrapper && wrapper["expression"] is JsonObject inner)
        {
            node = inner;
        }

        return ExpressionReader.ReadExpression(node, at, at, _session);
    }

    /// <summary>The variable a <c>{ id, name }</c> object (or its JSON text, or a bare id/name) refers to.</summary>
    public VariableDefinition? FindVariable(JsonNode? reference)
    {
        var key = ExpressionReader.Reference(reference, "id") ?? ExpressionReader.Reference(reference, "name");
        return key is null ? null : _session.FindVariable(key) ?? _session.FindVariable(ExpressionReader.Reference(reference, "name") ?? key);
    }

    /// <summary>Keeps a parsed value on the node, for the activity to use at run time.</summary>
    public void SetProperty(string key, object value) => _properties[key] = value;

    public void Error(string at, string message) => _session.Error(at, message);

    public void Warning(string at, string message) => _session.Warning(at, message);
}
