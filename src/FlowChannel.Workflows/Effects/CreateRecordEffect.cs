using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Effects;

/// <summary>Create a record of <see cref="FormId"/> with the id <see cref="RecordId"/> chosen by the workflow.</summary>
public sealed record CreateRecordEffect(string ActivityId, string FormId, Guid RecordId, JsonObject Data, string? OwnerUserId)
    : WorkflowEffect(ActivityId);
