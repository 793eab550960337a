namespace FlowChannel.Workflows.Runtime;

/// <summary>A connection resolved to node indexes; <see cref="Index"/> is its position in the flowchart.</summary>
internal sealed record CompiledEdge(int Index, int Source, int Target, string Port);
