using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>The rows a related-records item (关联查询) lists for this record's current values.</summary>
public sealed record QueryRelatedRecords(Actor Actor, string FormId, string FieldKey, JsonObject Current) : IQuery<RelatedRecordsView>;

/// <summary>The columns (labelled in the current UI culture) and rows (<c>id</c> plus one member per column).</summary>
public sealed record RelatedRecordsView(IReadOnlyList<RelatedColumn> Columns, IReadOnlyList<JsonObject> Rows);

public sealed record RelatedColumn(string Key, string Label);

public sealed class QueryRelatedRecordsHandler : IQueryHandler<QueryRelatedRecords, RelatedRecordsView>
{
    public ValueTask<RelatedRecordsView> Handle(QueryRelatedRecords query, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Related records land with the reference handlers.");
}
