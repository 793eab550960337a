using System.Text.Json.Nodes;

namespace FlowChannel.Workflows.Effects;

/// <summary>Update a record's status and comment, and merge <see cref="DataPatch"/> into its data; null parts are left alone.</summary>
public sealed record UpdateRecordEffect(string ActivityId, Guid RecordId, string? Status, JsonObject? DataPatch, string? Comment)
    : WorkflowEffect(ActivityId);
