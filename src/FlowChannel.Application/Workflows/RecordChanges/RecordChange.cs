using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Workflows.RecordChanges;

/// <summary>
/// A record that was just updated (<see cref="Record"/> holds the new values), what it held before, and who changed
/// it: a user, or a workflow instance (<see cref="ByInstance"/>) acting as the system.
/// </summary>
public sealed record RecordChange(FormRecord Record, JsonObject PreviousData, string PreviousStatus, string ChangedBy, string? ChangedByName,
    WorkflowInstance? ByInstance)
{
    /// <summary>The top-level field keys whose values differ, in the record's order, then removed keys.</summary>
    public IReadOnlyList<string> ChangedFields(JsonObject data) =>
        [.. data.Where(p => !JsonNode.DeepEquals(p.Value, PreviousData[p.Key])).Select(p => p.Key)
            .Concat(PreviousData.Where(p => !data.ContainsKey(p.Key)).Select(p => p.Key))];

    /// <summary>The workflow input <c>record</c> of the instances this change starts.</summary>
    public JsonObject ToInput(JsonObject data, IReadOnlyList<string> changedFields) => new()
    {
        ["id"] = Record.Id.ToString(),
        ["formId"] = Record.FormId,
        ["formVersion"] = Record.FormVersion,
        ["status"] = Record.Status,
        ["previousStatus"] = PreviousStatus,
        ["data"] = data.DeepClone(),
        ["previousData"] = PreviousData.DeepClone(),
        ["changedFields"] = new JsonArray([.. changedFields.Select(f => (JsonNode)f)]),
        ["changedBy"] = ChangedBy,
        ["changedByName"] = ChangedByName,
        ["changedByInstanceId"] = ByInstance?.Id,
    };
}
