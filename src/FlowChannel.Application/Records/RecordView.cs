using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records;

/// <summary>A record as callers see it: its data plus where it stands; <see cref="Version"/> guards concurrent edits.</summary>
public sealed record RecordView(
    Guid Id,
    string FormId,
    int FormVersion,
    string Status,
    string? StatusComment,
    JsonObject Data,
    string? OwnerUserId,
    string? WorkflowInstanceId,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version)
{
    public static RecordView From(FormRecord record) => new(
        record.Id,
        record.FormId,
        record.FormVersion,
        record.Status,
        record.StatusComment,
        JsonNode.Parse(record.DataJson)!.AsObject(),
        record.OwnerUserId,
        record.WorkflowInstanceId,
        record.CreatedAt,
        record.UpdatedAt,
        record.Version);
}
