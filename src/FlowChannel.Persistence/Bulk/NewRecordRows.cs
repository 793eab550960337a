using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Facts;
using FlowChannel.Persistence.FieldValues;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Bulk;

/// <summary>
/// Writes new records through an <see cref="IBulkInserter"/> together with every row the context would have added for
/// them on SaveChanges: the side tables derived from a record's JSON (listed in <see cref="SideTables"/>, each by the
/// same producer the context's save uses) and the unique-value claims the caller made. New records need no version
/// bump (the context only bumps updated rows) and get no per-record audit entry.
/// </summary>
public static class NewRecordRows
{
    /// <summary>
    /// The side tables a new record's JSON fills, in the order they are inserted (after the records, which they reference).
    /// A table the context maintains on save is added here by one line, with the producer its save uses.
    /// </summary>
    public static readonly IReadOnlyList<ISideTable> SideTables =
    [
        new SideTable<RecordFieldValue>(r => r.Values),
        new SideTable<RecordFieldReference>(r => RecordFieldReferenceIndex.RowsFor(r.Record.Id, r.Record.DataJson)),
        new FactTable(),
    ];

    public static async Task InsertAsync(FlowChannelDbContext db, IBulkInserter inserter, IReadOnlyCollection<FormRecord> records,
        IReadOnlyCollection<RecordUniqueValue> uniques, CancellationToken ct)
    {
        await inserter.InsertAsync(db, records, ct);
        // Each record's value rows are made once: the value table stores them and the facts are read from them.
        var derived = records.Select(r => new NewRecord(r, RecordFieldValueRows.For(r.Id, r.FormId, r.DataJson))).ToList();
        foreach (var table in SideTables)
        {
            await table.InsertAsync(db, inserter, derived, ct);
        }
        await inserter.InsertAsync(db, uniques, ct);
        // The inserter writes past the context's save: say which forms changed, as a save would (counted at commit).
        Changes.FormDataChanges.Of(db)?.Note(db, [.. records.Select(r => r.FormId).Distinct()]);
    }

    /// <summary>A new record with its field-value rows, which several side tables derive from.</summary>
    public sealed record NewRecord(FormRecord Record, IReadOnlyList<RecordFieldValue> Values);

    /// <summary>A table of rows derived from each new record.</summary>
    public interface ISideTable
    {
        Task InsertAsync(FlowChannelDbContext db, IBulkInserter inserter, IReadOnlyList<NewRecord> records, CancellationToken ct);
    }

    private sealed class SideTable<TRow>(Func<NewRecord, IEnumerable<TRow>> rowsOf) : ISideTable
        where TRow : class
    {
        public Task InsertAsync(FlowChannelDbContext db, IBulkInserter inserter, IReadOnlyList<NewRecord> records, CancellationToken ct) =>
            inserter.InsertAsync(db, records.SelectMany(rowsOf).ToList(), ct);
    }

    /// <summary>
    /// The dashboards' facts rows (<see cref="RecordFact"/>), by the producer the context's save uses. A field first seen
    /// in this batch gets its slot here, stored before the facts that use it; the slots of earlier batches are read back
    /// from the same transaction, so every batch continues the same assignment.
    /// </summary>
    private sealed class FactTable : ISideTable
    {
        public async Task InsertAsync(FlowChannelDbContext db, IBulkInserter inserter, IReadOnlyList<NewRecord> records, CancellationToken ct)
        {
            var forms = records.Select(r => r.Record.FormId).Distinct().ToList();
            var stored = await db.RecordFactSlots.AsNoTracking().Where(s => forms.Contains(s.FormId)).ToListAsync(ct);
            var layouts = forms.ToDictionary(form => form, form => new RecordFactLayout(form, stored), StringComparer.Ordinal);
            var slots = new List<RecordFactSlot>();
            var facts = new List<RecordFact>(records.Count);
            foreach (var (record, rows) in records)
            {
                var layout = layouts[record.FormId];
                slots.AddRange(layout.Extend(rows));
                facts.Add(layout.For(record, rows));
            }
            await inserter.InsertAsync(db, slots, ct);
            await inserter.InsertAsync(db, facts, ct);
        }
    }
}
