using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Import;

/// <summary>
/// Reads an import file row by row, checks each row as a submission (<see cref="RecordImportRows"/>), settles
/// uniqueness per batch (against the other rows of the file and against stored records) and, when writing, stores
/// each batch of good rows through <see cref="RecordImportWriter"/>. It never starts workflows nor RecordChanged
/// triggers: an import is data loading, not a submission (as in Jiandaoyun).
/// </summary>
public sealed class RecordImportRunner(FlowChannelDbContext db, FormSchemaCache schemas, RecordPermissions permissions,
    SubmissionChecks checks, RecordImportWriter writer)
{
    public async Task<RecordImportReport> RunAsync(Actor actor, RecordImportJob job, bool write, CancellationToken ct)
    {
        var culture = job.Culture;
        var schema = await schemas.GetPublishedAsync(db, job.FormId, ct);
        var rights = await permissions.ForFormAsync(actor, schema.Id, ct);
        ImportRights.Demand(schema, rights);
        var mapping = ImportMapping.Resolve(schema, rights, job.Columns, job.Mapping.ToDictionary(m => m.Letter, m => m.FieldKey),
            culture, out var mappingErrors);
        InvalidInputException.ThrowIfAny(ImportFileError.Title, mappingErrors);
        var mapped = mapping.Where(m => m.FieldKey is not null).Select(m => schema.FindField(m.FieldKey!)!);
        var lookups = await ImportLookups.LoadAsync(db, permissions, actor, mapped, ct);
        var rows = new RecordImportRows(schema, rights, actor, mapping, new ImportCellConverter(lookups, TimeZoneInfo.Local), checks, culture);

        var report = new RecordImportReport();
        var seen = new Dictionary<(string Field, string Hash), int>();
        var batch = new List<CheckedRow>();
        var allOrNothing = job.Mode != ImportMode.SkipBadRows;
        foreach (var row in ImportSheet.Rows(job.FilePath, job.Kind))
        {
            ct.ThrowIfCancellationRequested();
            report.Rows++;
            var (good, errors) = await rows.CheckAsync(row, ct);
            if (good is not null)
            {
                errors.AddRange(good.Uniques.Where(u => seen.ContainsKey((u.FieldKey, u.Hash)))
                    .Select(u => rows.ToCell(row.Number, new FieldError(u.Path, FieldErrorCodes.Unique,
                        $"{Label(schema, u.FieldKey, culture)}: the same value is in row {seen[(u.FieldKey, u.Hash)]} of the file."))));
            }
            if (good is null || errors.Count > 0)
            {
                report.BadRows++;
                report.Add(errors);
            }
            else
            {
                foreach (var unique in good.Uniques)
                {
                    seen[(unique.FieldKey, unique.Hash)] = row.Number;
                }
                batch.Add(good);
            }
            if (batch.Count >= RecordImportLimits.FlushEvery)
            {
                await SettleAsync(schema, rights, actor, rows, batch, report, write && !(allOrNothing && report.BadRows > 0), culture, ct);
            }
            job.Progress(report.Rows);
        }
        await SettleAsync(schema, rights, actor, rows, batch, report, write && !(allOrNothing && report.BadRows > 0), culture, ct);
        if (write && allOrNothing && report.BadRows > 0)
        {
            report.Written = 0;
            throw new RecordImportRejectedException(report);
        }
        return report;
    }

    /// <summary>Refuses the rows whose unique values stored records already hold, then writes the rest when asked.</summary>
    private async Task SettleAsync(FormSchema schema, FormRights rights, Actor actor, RecordImportRows rows, List<CheckedRow> batch,
        RecordImportReport report, bool write, CultureInfo culture, CancellationToken ct)
    {
        var hashes = batch.SelectMany(r => r.Uniques.Select(u => u.Hash)).Distinct().ToList();
        var taken = hashes.Count == 0 ? [] : (await db.RecordUniqueValues.AsNoTracking()
                .Where(u => u.FormId == schema.Id && hashes.Contains(u.ValueHash))
                .Select(u => new { u.FieldKey, u.ValueHash }).ToListAsync(ct))
            .Select(u => (u.FieldKey, u.ValueHash)).ToHashSet();
        var good = new List<CheckedRow>();
        foreach (var row in batch)
        {
            var clashes = row.Uniques.Where(u => taken.Contains((u.FieldKey, u.Hash))).ToList();
            if (clashes.Count == 0)
            {
                good.Add(row);
                continue;
            }
            report.BadRows++;
            report.Add(clashes.Select(u => rows.ToCell(row.Number,
                new FieldError(u.Path, FieldErrorCodes.Unique, ReferenceTexts.AlreadyUsed(schema.FindField(u.FieldKey)!, culture)))));
        }
        report.GoodRows += good.Count;
        if (write && good.Count > 0)
        {
            report.Written += await writer.WriteAsync(schema, rights, actor, good, ct);
        }
        batch.Clear();
    }

    private static string Label(FormSchema schema, string key, CultureInfo culture) => schema.FindField(key)?.Label.Resolve(culture) ?? key;
}

/// <summary>An all-or-nothing import met bad rows: its transaction is rolled back and the report says why.</summary>
public sealed class RecordImportRejectedException(RecordImportReport report)
    : FlowChannelException($"{report.BadRows} of {report.Rows} rows are invalid; nothing was imported.")
{
    public RecordImportReport Report { get; } = report;
}
