namespace FlowChannel.Web.FlowDesigner;

/// <summary>A reason the flow cannot be published yet, naming the node it concerns (null for the whole flow).</summary>
public sealed record FlowProblem(string? NodeId, string Message);
