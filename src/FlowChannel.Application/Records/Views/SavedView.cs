using System.Text.Json;
using FlowChannel.Application.Records.Query;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records.Views;

/// <summary>A user's saved grid view of a form: its name and the query (filters, sort, search, columns, page size).</summary>
public sealed record SavedView(Guid Id, string FormId, string Name, GridQuery Query, DateTime UpdatedAt)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal static SavedView From(SavedRecordView row) =>
        new(row.Id, row.FormId, row.Name, JsonSerializer.Deserialize<GridQuery>(row.QueryJson, Json) ?? new GridQuery(), row.UpdatedAt);
}
