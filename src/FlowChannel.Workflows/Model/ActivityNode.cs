using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Model;

/// <summary>
/// An activity of a definition. Known activities have their declared inputs and outputs parsed; unknown ones
/// (<see cref="IsKnown"/> false) are kept only as <see cref="Source"/>.
/// </summary>
public sealed class ActivityNode
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    /// <summary>The type as written, e.g. <c>Elsa.SetVariable&lt;Int32&gt;</c>.</summary>
    public required string Type { get; init; }

    public bool IsKnown { get; init; }

    /// <summary><c>customProperties.canStartWorkflow</c> (or the legacy top-level flag).</summary>
    public bool CanStartWorkflow { get; init; }

    /// <summary>Declared inputs present in the JSON, by input name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, ActivityInput> Inputs { get; init; } = EmptyInputs;

    /// <summary>Declared outputs bound to a variable: output name → variable name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, string> Outputs { get; init; } = EmptyOutputs;

    /// <summary>Values an activity parsed from its own plain-JSON properties at import (e.g. switch cases).</summary>
    public IReadOnlyDictionary<string, object> Properties { get; init; } = EmptyProperties;

    /// <summary>Child activities, for a flowchart.</summary>
    public IReadOnlyList<ActivityNode> Activities { get; init; } = [];

    /// <summary>Connections between <see cref="Activities"/>, for a flowchart; those to missing activities are dropped.</summary>
    public IReadOnlyList<Connection> Connections { get; init; } = [];

    /// <summary>RFC 6901 pointer of this activity in the definition's JSON.</summary>
    public string JsonPointer { get; init; } = string.Empty;

    /// <summary>This activity's JSON as read.</summary>
    public required JsonObject Source { get; init; }

    private static IReadOnlyDictionary<string, ActivityInput> EmptyInputs { get; } = new Dictionary<string, ActivityInput>();

    private static IReadOnlyDictionary<string, string> EmptyOutputs { get; } = new Dictionary<string, string>();

    private static IReadOnlyDictionary<string, object> EmptyProperties { get; } = new Dictionary<string, object>();
}
