using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records;

/// <summary>An unfinished submission as its owner sees it. <see cref="Revision"/> changes on every save.</summary>
public sealed record RecordDraftView(
    Guid Id,
    string FormId,
    int FormVersion,
    string? Title,
    JsonObject Data,
    int Revision,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static RecordDraftView From(RecordDraft draft) => new(
        draft.Id,
        draft.FormId,
        draft.FormVersion,
        draft.Title,
        JsonNode.Parse(draft.DataJson)!.AsObject(),
        draft.Version,
        draft.CreatedAt,
        draft.UpdatedAt);
}

/// <summary>A line of the owner's list of drafts: no data, which can be large.</summary>
public sealed record RecordDraftSummary(Guid Id, string FormId, int FormVersion, string? Title, DateTime CreatedAt, DateTime UpdatedAt);
