using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>A record of another form read for a link, related list, data linkage or option source.</summary>
public sealed record SourceRecord(Guid Id, JsonObject Data);

/// <summary>
/// Reads the records of another form that the actor may see and that meet conditions, newest first. Conditions are
/// evaluated in memory over each record's JSON, which is correct and identical on every engine; to bound the cost, only
/// the newest <see cref="CandidateCap"/> visible records of the form are considered. Pushing the conditions into SQL
/// JSON filters is the later optimisation for forms past that size.
/// </summary>
public static class SourceRecords
{
    public const int CandidateCap = 5000;

    public static async Task<List<SourceRecord>> FindAsync(RecordPermissions permissions, Actor actor, string formId,
        IReadOnlyList<RecordCondition> conditions, JsonObject current, JsonObject? row, int take, CancellationToken ct)
    {
        var computed = RecordConditions.Compute(conditions, current, row);
        var rights = await permissions.ForFormAsync(actor, formId, ct);
        var candidates = permissions.Reachable(permissions.Db.FormRecords.AsNoTracking(), rights, FormAction.View)
            .OrderByDescending(r => r.CreatedAt)
            .Take(CandidateCap)
            .Select(r => new { r.Id, r.DataJson })
            .AsAsyncEnumerable();
        var found = new List<SourceRecord>();
        await foreach (var candidate in candidates.WithCancellation(ct))
        {
            if (JsonNode.Parse(candidate.DataJson) is JsonObject data && RecordConditions.Matches(computed, data))
            {
                // Conditions are the form author's and may read any field; what comes back is only what the user may see.
                found.Add(new SourceRecord(candidate.Id, rights.Redact(data)));
                if (found.Count >= take)
                {
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>One record of <paramref name="formId"/> by id, or null when it is missing, of another form, or not the actor's to see.</summary>
    public static async Task<SourceRecord?> GetAsync(RecordPermissions permissions, Actor actor, string formId, Guid id, CancellationToken ct)
    {
        var rights = await permissions.ForFormAsync(actor, formId, ct);
        var record = await permissions.Reachable(permissions.Db.FormRecords.AsNoTracking(), rights, FormAction.View)
            .Where(r => r.Id == id)
            .Select(r => new { r.Id, r.DataJson })
            .FirstOrDefaultAsync(ct);
        return record is not null && JsonNode.Parse(record.DataJson) is JsonObject data ? new SourceRecord(record.Id, rights.Redact(data)) : null;
    }
}
