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
    /// <summary>The record as <paramref name="rights"/>' holder may see it: without the fields hidden from them.</summary>
    public static RecordView From(FormRecord record, Permissions.FormRights rights)
    {
        var view = From(record);
        return view with { Data = rights.Redact(view.Data) };
    }

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
