namespace FlowChannel.Workflows.Runtime;

/// <summary>What faulted an instance: the activity and the reason, in words an author can act on.</summary>
public sealed record WorkflowIncident(string ActivityId, string ActivityType, string Message, DateTimeOffset Timestamp);
