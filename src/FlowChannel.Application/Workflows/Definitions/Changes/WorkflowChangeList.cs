using System.Text.Json.Serialization;

namespace FlowChannel.Application.Workflows.Definitions.Changes;

[JsonConverter(typeof(JsonStringEnumConverter<WorkflowChangeKind>))]
public enum WorkflowChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One named value before and after: an input's literal or expression, a property, a variable's type. Null where it had none.</summary>
public sealed record ValueChange(string Name, string? Before, string? After);

/// <summary>
/// An activity added, removed or changed, matched by id: its name and type in the newer version (the older for a
/// removed one), the inputs that differ, the approval settings that differ (approvers, mode, due time … of an
/// approval node) and other properties (name, type, display text).
/// </summary>
public sealed record ActivityChange(string Id, string Name, string Type, WorkflowChangeKind Kind,
    IReadOnlyList<ValueChange> Inputs, IReadOnlyList<ValueChange> ApprovalSettings, IReadOnlyList<ValueChange> Properties);

/// <summary>A connection added or removed: from a node's outcome port to a node, with both nodes' names.</summary>
public sealed record ConnectionChange(WorkflowChangeKind Kind, string Source, string SourceName, string Port, string Target, string TargetName);

/// <summary>A workflow variable added, removed or changed (type, initial value …), matched by name.</summary>
public sealed record VariableChange(string Name, WorkflowChangeKind Kind, IReadOnlyList<ValueChange> Properties);

/// <summary>
/// What changed from version <see cref="Against"/> (null: nothing before it, so everything is added) to
/// <see cref="Version"/>. Moving nodes or bending connections is not listed node by node: it only sets <see cref="LayoutChanged"/>.
/// </summary>
public sealed record WorkflowChangeList(string DefinitionId, int Version, int? Against, IReadOnlyList<ActivityChange> Activities,
    IReadOnlyList<ConnectionChange> Connections, IReadOnlyList<VariableChange> Variables, IReadOnlyList<ValueChange> Properties, bool LayoutChanged)
{
    public bool IsEmpty => Activities.Count == 0 && Connections.Count == 0 && Variables.Count == 0 && Properties.Count == 0 && !LayoutChanged;
}
