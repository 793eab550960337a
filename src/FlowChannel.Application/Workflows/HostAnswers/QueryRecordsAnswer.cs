using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Records;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Records;
using FlowChannel.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.HostAnswers;

/// <summary>
/// Answers <c>FlowChannel.QueryRecords</c>. The workflow runs as the system, so it reads every record of the form,
/// whoever started it. Conditions are tested in memory over each record's JSON, as <see cref="SourceRecords"/> does,
/// among the newest <see cref="SourceRecords.CandidateCap"/> records (oldest first when ordered by creation ascending);
/// records written earlier in the same unit of work are not seen yet.
/// </summary>
public sealed class QueryRecordsAnswer(FlowChannelDbContext db, FormSchemaCache schemas) : IHostAnsweredBookmarkHandler
{
    public string ActivityType => QueryRecordsActivity.Type;

    public async Task<JsonObject> AnswerAsync(WorkflowInstance instance, Bookmark bookmark, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        var query = RecordQuery.FromPayload(bookmark.Payload);
        if (query is null)
        {
            return Error("the bookmark does not hold a query.");
        }
        if (await FindSchemaAsync(query.FormId, ct) is not { } schema)
        {
            return Error($"input 'formId': there is no published form '{query.FormId}'.");
        }
        if (query.Filters.FirstOrDefault(f => schema.FindField(f.Field) is null) is { } unknown)
        {
            return Error($"input 'filter': form '{schema.Id}' has no field '{unknown.Field}'.");
        }
        var byField = query.OrderBy is not (RecordQuery.CreatedAt or RecordQuery.UpdatedAt);
        if (byField && schema.FindField(query.OrderBy) is null)
        {
            return Error($"input 'orderBy': form '{schema.Id}' has no field '{query.OrderBy}'.");
        }

        var found = await ScanAsync(query, stopAtLimit: !byField, ct);
        if (byField)
        {
            found = RecordOrder.ByField(found, query.OrderBy, query.Descending).Take(query.Limit).ToList();
        }
        return new JsonObject { ["records"] = new JsonArray([.. found.Select(r => (JsonNode)r.ToJson())]) };
    }

    private async Task<FormSchema?> FindSchemaAsync(string formId, CancellationToken ct)
    {
        try
        {
            return await schemas.GetPublishedAsync(db, formId, ct);
        }
        catch (Common.NotFoundException)
        {
            return null;
        }
    }

    private async Task<List<FoundRecord>> ScanAsync(RecordQuery query, bool stopAtLimit, CancellationToken ct)
    {
        var records = db.FormRecords.AsNoTracking().Where(r => r.FormId == query.FormId);
        records = (query.OrderBy, query.Descending) switch
        {
            (RecordQuery.UpdatedAt, true) => records.OrderByDescending(r => r.UpdatedAt),
            (RecordQuery.UpdatedAt, false) => records.OrderBy(r => r.UpdatedAt),
            (RecordQuery.CreatedAt, false) => records.OrderBy(r => r.CreatedAt),
            _ => records.OrderByDescending(r => r.CreatedAt),
        };
        // Re-read from text: a value a script computed is a CLR-backed node (say, a long), which the record comparisons,
        // made for values read from stored JSON, cannot convert.
        var filters = query.Filters.Select(f => (Operator: Operator(f.Operator), f.Field, Value: f.Value is null ? null : JsonNode.Parse(f.Value.ToJsonString()))).ToList();
        var found = new List<FoundRecord>();
        await foreach (var record in records.Take(SourceRecords.CandidateCap).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (JsonNode.Parse(record.DataJson) is JsonObject data && filters.All(f => RecordConditions.Matches(f.Operator, data[f.Field], f.Value)))
            {
                found.Add(new FoundRecord(record, data));
                if (stopAtLimit && found.Count >= query.Limit)
                {
                    break;
                }
            }
        }
        return found;
    }

    private static ConditionOperator Operator(string op) => op switch
    {
        "ne" => ConditionOperator.NotEquals,
        "gt" => ConditionOperator.GreaterThan,
        "gte" => ConditionOperator.GreaterOrEqual,
        "lt" => ConditionOperator.LessThan,
        "lte" => ConditionOperator.LessOrEqual,
        "contains" => ConditionOperator.Contains,
        _ => ConditionOperator.Equals,
    };

    private static JsonObject Error(string message) => new() { ["error"] = message };
}

/// <summary>A record a query found, with its data parsed.</summary>
internal sealed record FoundRecord(FormRecord Record, JsonObject Data)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Record.Id.ToString(),
        ["formId"] = Record.FormId,
        ["formVersion"] = Record.FormVersion,
        ["status"] = Record.Status,
        ["data"] = Data,
        ["ownerUserId"] = Record.OwnerUserId,
        ["createdAt"] = Timestamp(Record.CreatedAt),
        ["updatedAt"] = Timestamp(Record.UpdatedAt),
    };

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
}
