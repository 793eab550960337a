using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records.Query;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Export;

/// <summary>
/// The records of a form the caller may export (the <c>export</c> action's scope) in a view's columns and filters, as
/// columns and rows of text streamed from the database. Fields hidden from the caller are never columns and cannot be
/// filtered on; the export itself is audited.
/// </summary>
public sealed record ExportRecords(Actor Actor, string FormId, CultureInfo? Culture = null, RecordExportView? View = null) : IQuery<RecordExport>;

public sealed record ExportColumn(string Key, string Label);

/// <summary>An export ready to stream: its columns, the number of records it will scan, the rows (read once) and how far it got.</summary>
public sealed record RecordExport(string FormId, IReadOnlyList<ExportColumn> Columns, int Total, IAsyncEnumerable<IReadOnlyList<string>> Rows,
    ExportProgress Progress);

/// <summary>Records scanned and rows written so far; read by another thread to show progress.</summary>
public sealed class ExportProgress
{
    private int _scanned;
    private int _written;

    public int Scanned => Volatile.Read(ref _scanned);

    public int Written => Volatile.Read(ref _written);

    internal void Scan() => Interlocked.Increment(ref _scanned);

    internal void Write() => Interlocked.Increment(ref _written);
}

public sealed class ExportRecordsHandler(FlowChannelDbContext db, RecordPermissions permissions, FormSchemaCache schemas, AuditTrail audit,
    TimeProvider clock)
    : IQueryHandler<ExportRecords, RecordExport>
{
    /// <summary>The first column: where each record stands in its flow.</summary>
    public const string StatusColumn = "status";

    public async ValueTask<RecordExport> Handle(ExportRecords query, CancellationToken cancellationToken)
    {
        var schema = await schemas.GetPublishedAsync(db, query.FormId, cancellationToken);
        var rights = await permissions.ForFormAsync(query.Actor, schema.Id, cancellationToken);
        if (!rights.Can(FormAction.Export))
        {
            throw new ForbiddenException($"You may not export records of form '{schema.Id}'.");
        }
        var culture = query.Culture ?? CultureInfo.CurrentUICulture;
        var visible = schema.Fields.Where(f => f.HasValue && rights.Field(f.Key) != FieldRight.Hidden).ToList();
        var visibleKeys = visible.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var errors = new List<FieldError>();
        var wanted = query.View?.Columns is { Count: > 0 } keys ? keys : [.. visible.Select(f => f.Key)];
        for (var i = 0; i < wanted.Count; i++)
        {
            if (!visibleKeys.Contains(wanted[i]))
            {
                errors.Add(new FieldError($"columns[{i}]", "unknownField", $"'{wanted[i]}' is not a field you can see in this form."));
            }
        }
        var records = await RecordsOfAsync(query, schema, rights, errors, cancellationToken);
        InvalidInputException.ThrowIfAny("The export view is not valid; nothing was exported.", errors);
        var columns = wanted.Distinct(StringComparer.Ordinal).Select(k => visible.First(f => f.Key == k))
            .Select(f => new ExportColumn(f.Key, f.Label.Resolve(culture))).ToList();

        // A query has no unit of work of its own: the audit entry is saved before the first row leaves.
        audit.Write(query.Actor, "record.export", "Form", schema.Id, query.View?.Filters is { Count: > 0 } f ? $"{f.Count} filters" : null);
        await db.SaveChangesAsync(cancellationToken);
        var total = await records.CountAsync(cancellationToken);
        var progress = new ExportProgress();
        return new RecordExport(schema.Id, [new ExportColumn(StatusColumn, StatusColumn), .. columns], total,
            Rows(records.Select(r => new StoredRow(r.Status, r.DataJson)), columns, progress, cancellationToken), progress);
    }

    /// <summary>The records in the export's scope that the view's filters and search select, in its order.</summary>
    private async Task<IQueryable<FormRecord>> RecordsOfAsync(ExportRecords query, FormSchema schema, FormRights rights,
        List<FieldError> errors, CancellationToken ct)
    {
        var view = query.View ?? new RecordExportView();
        var resolver = new GridFieldResolver(permissions, schemas, query.Actor, schema, rights);
        var scoped = permissions.Reachable(db.FormRecords.AsNoTracking(), rights, FormAction.Export);
        var conditions = await GridFilterSet.ResolveAsync(view.Filters ?? [], resolver, GridFilterSet.Parser(view.TimeZone, clock, errors), errors, ct);
        var keys = await GridSortKeys.ResolveAsync(view.Sort ?? [], resolver, errors, ct);
        if (errors.Count > 0)
        {
            return scoped;
        }
        // Every match is read: the grid's plan for reading them all (one filter's range drives, the others test by key).
        var records = (await GridMatches.PlanAsync(new GridFilters(db, schema.Id), scoped, conditions, view.Search,
            rights.IsAdmin ? null : QueryRecordsHandler.SearchableKeys(schema, rights), countUpTo: null, ct)).Found;
        return keys.Count == 0 ? records.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id) : new GridSorting(db).Apply(records, keys);
    }

    private sealed record StoredRow(string Status, string DataJson);

    private static async IAsyncEnumerable<IReadOnlyList<string>> Rows(IQueryable<StoredRow> records, List<ExportColumn> columns,
        ExportProgress progress, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in records.AsAsyncEnumerable().WithCancellation(ct))
        {
            progress.Scan();
            var data = JsonNode.Parse(row.DataJson) as JsonObject ?? [];
            progress.Write();
            yield return [row.Status, .. columns.Select(c => JsonValueText.Of(data[c.Key]) ?? "")];
        }
    }
}
