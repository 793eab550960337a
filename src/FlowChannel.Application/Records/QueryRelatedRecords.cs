using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Application.Forms;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>The rows a related-records item (关联查询) lists for this record's current values; only records the actor may see.</summary>
public sealed record QueryRelatedRecords(Actor Actor, string FormId, string FieldKey, JsonObject Current) : IQuery<RelatedRecordsView>;

/// <summary>The columns (labelled in the current UI culture) and rows (<c>id</c> plus one member per column).</summary>
public sealed record RelatedRecordsView(IReadOnlyList<RelatedColumn> Columns, IReadOnlyList<JsonObject> Rows);

public sealed record RelatedColumn(string Key, string Label);

public sealed class QueryRelatedRecordsHandler(RecordPermissions permissions, FormSchemaCache schemas) : IQueryHandler<QueryRelatedRecords, RelatedRecordsView>
{
    public async ValueTask<RelatedRecordsView> Handle(QueryRelatedRecords query, CancellationToken cancellationToken)
    {
        var context = await ReferenceFieldLookup.ResolveAsync(permissions, schemas, query.Actor, query.FormId, query.FieldKey, query.Current, cancellationToken);
        if (context.Field.Related is not { } related)
        {
            throw new BadRequestException($"Field '{query.FieldKey}' is not a related-records item.");
        }
        var other = await schemas.GetPublishedAsync(permissions.Db, related.Form, cancellationToken);
        var rights = await permissions.ForFormAsync(query.Actor, related.Form, cancellationToken);
        // A column the user may not see on the other form is left out, not shown empty.
        var shown = related.Columns.Where(key => rights.Field(key) != FieldRight.Hidden).ToList();
        var columns = shown
            .Select(key => new RelatedColumn(key, other.FindField(key)?.Label.ToString() ?? key))
            .ToList();
        var records = await SourceRecords.FindAsync(permissions, query.Actor, related.Form, related.Where, context.Current, context.Row,
            Math.Max(related.Limit, 1), cancellationToken);
        var rows = records.Select(r =>
        {
            var row = new JsonObject { ["id"] = r.Id.ToString() };
            foreach (var column in shown)
            {
                row[column] = r.Data[column]?.DeepClone();
            }
            return row;
        }).ToList();
        return new RelatedRecordsView(columns, rows);
    }
}
