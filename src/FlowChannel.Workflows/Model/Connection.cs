namespace FlowChannel.Workflows.Model;

/// <summary>A flowchart connection: followed when <see cref="SourcePort"/> is among the source's outcomes.</summary>
public sealed record Connection(string SourceId, string SourcePort, string TargetId, string TargetPort = "In");
