using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Model;

/// <summary>
/// One version of an Elsa 3 workflow definition, as read by <c>ElsaJsonReader</c>. Treated as immutable once read:
/// the runtime caches compiled graphs per instance of this class. Use <c>with</c> to derive a new version.
/// </summary>
public sealed record WorkflowDefinition
{
    /// <summary>The id of this version.</summary>
    public required string Id { get; init; }

    /// <summary>The id shared by all versions.</summary>
    public required string DefinitionId { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }

    public int Version { get; init; } = 1;

    public bool IsPublished { get; init; }

    public IReadOnlyList<VariableDefinition> Variables { get; init; } = [];

    /// <summary>The workflow's declared inputs (<c>inputs</c>), read with <c>getInput(name)</c> or an <c>Input</c> expression.</summary>
    public IReadOnlyList<InputDefinition> Inputs { get; init; } = [];

    /// <summary>The root <c>Elsa.Flowchart</c>.</summary>
    public required ActivityNode Root { get; init; }

    /// <summary>The JSON this definition was read from, kept for a lossless round trip.</summary>
    public required JsonObject Source { get; init; }

    /// <summary>Activity types the registry does not know; a definition is not publishable while this is non-empty.</summary>
    public IReadOnlyList<string> MissingActivityTypes { get; init; } = [];
}
