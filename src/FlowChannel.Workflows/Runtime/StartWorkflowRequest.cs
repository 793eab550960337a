using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Runtime;

/// <summary>
/// What starts an instance. <see cref="TriggerActivityId"/> names the trigger that fired; without it the start activity
/// follows Elsa's rules (an <c>Elsa.Start</c>, else the first activity that can start the workflow, and so on).
/// </summary>
public sealed record StartWorkflowRequest(string InstanceId, JsonObject Input, DateTimeOffset Now)
{
    public string? CorrelationId { get; init; }

    public string? TriggerActivityId { get; init; }
}
