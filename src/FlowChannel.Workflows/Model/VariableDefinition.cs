namespace FlowChannel.Workflows.Model;

/// <summary>A workflow variable. <see cref="Value"/> is the initial value as Elsa writes it: always a string.</summary>
public sealed record VariableDefinition(
    string Id,
    string Name,
    string TypeName,
    bool IsArray = false,
    string? Value = null,
    string? StorageDriverTypeName = null);
