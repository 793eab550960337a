using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Effects;

/// <summary>
/// Publish the event <see cref="EventName"/>: resume the instances waiting on it (limited to <see cref="CorrelationId"/>
/// when set) and start the workflows it triggers, with <see cref="Payload"/> as their input.
/// </summary>
public sealed record PublishEventEffect(string ActivityId, string EventName, string? CorrelationId, JsonNode? Payload)
    : WorkflowEffect(ActivityId);
