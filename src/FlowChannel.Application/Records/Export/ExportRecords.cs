using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>
/// The records of a form the caller may export (the <c>export</c> action's scope), as columns and rows of text,
/// streamed from the database. Fields hidden from the caller are not columns; the export itself is audited.
/// </summary>
public sealed record ExportRecords(Actor Actor, string FormId, CultureInfo? Culture = null) : IQuery<RecordExport>;

public sealed record ExportColumn(string Key, string Label);

public sealed record RecordExport(string FormId, IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<IReadOnlyList<string>> Rows);

public sealed class ExportRecordsHandler(FlowChannelDbContext db, RecordPermissions permissions, FormSchemaCache schemas, AuditTrail audit)
    : IQueryHandler<ExportRecords, RecordExport>
{
    public async ValueTask<RecordExport> Handle(ExportRecords query, CancellationToken cancellationToken)
    {
        var schema = await schemas.GetPublishedAsync(db, query.FormId, cancellationToken);
        var rights = await permissions.ForFormAsync(query.Actor, schema.Id, cancellationToken);
        if (!rights.Can(FormAction.Export))
        {
            throw new ForbiddenException($"You may not export records of form '{schema.Id}'.");
        }
        var culture = query.Culture ?? CultureInfo.CurrentUICulture;
        var columns = schema.Fields.Where(f => f.HasValue && rights.Field(f.Key) != FieldRight.Hidden)
            .Select(f => new ExportColumn(f.Key, f.Label.Resolve(culture))).ToList();
        // A query has no unit of work of its own: the audit entry is saved before the first row leaves.
        audit.Write(query.Actor, "record.export", "Form", schema.Id, null);
        await db.SaveChangesAsync(cancellationToken);
        var records = permissions.Reachable(db.FormRecords.AsNoTracking(), rights, FormAction.Export)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new StoredRow(r.Status, r.DataJson));
        return new RecordExport(schema.Id, [new ExportColumn(StatusColumn, StatusColumn), .. columns], Rows(records, columns, cancellationToken));
    }

    /// <summary>The first column: where each record stands in its flow.</summary>
    public const string StatusColumn = "status";

    private sealed record StoredRow(string Status, string DataJson);

    private static async IAsyncEnumerable<IReadOnlyList<string>> Rows(IQueryable<StoredRow> records, List<ExportColumn> columns,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in records.AsAsyncEnumerable().WithCancellation(ct))
        {
            var data = JsonNode.Parse(row.DataJson) as JsonObject ?? [];
            yield return [row.Status, .. columns.Select(c => JsonValueText.Of(data[c.Key]) ?? "")];
        }
    }
}
