namespace FlowChannel.Workflows.Model;

/// <summary>A declared workflow input (an entry of the definition's <c>inputs</c>).</summary>
public sealed record InputDefinition(string Name, string? Type = null, string? DisplayName = null);
