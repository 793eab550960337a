using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Effects;

/// <summary>
/// Run the external task <see cref="TaskName"/> with <see cref="Payload"/>. When it completes, resume the instance's
/// task bookmark whose <c>taskId</c> is <see cref="TaskId"/> with <c>{ result }</c>.
/// </summary>
public sealed record RunTaskEffect(string ActivityId, Guid TaskId, string TaskName, JsonNode? Payload)
    : WorkflowEffect(ActivityId);
