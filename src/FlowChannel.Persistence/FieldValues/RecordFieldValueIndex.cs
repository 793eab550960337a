using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.FieldValues;

/// <summary>
/// Keeps <see cref="RecordFieldValue"/> rows in step with records' JSON inside the same SaveChanges, the way
/// <see cref="RecordFieldReferenceIndex"/> keeps references: rows of a changed record are updated in place, added or removed.
/// </summary>
public static class RecordFieldValueIndex
{
    internal static async Task SyncAsync(FlowChannelDbContext db, CancellationToken ct)
    {
        var changed = Changed(db);
        if (changed.Count == 0)
        {
            return;
        }
        var modifiedIds = changed.Where(c => !c.IsNew).Select(c => c.Record.Id).ToList();
        var existing = modifiedIds.Count == 0 ? [] : await db.RecordFieldValues.Where(v => modifiedIds.Contains(v.RecordId)).ToListAsync(ct);
        Apply(db, changed, existing);
    }

    internal static void Sync(FlowChannelDbContext db)
    {
        var changed = Changed(db);
        if (changed.Count == 0)
        {
            return;
        }
        var modifiedIds = changed.Where(c => !c.IsNew).Select(c => c.Record.Id).ToList();
        var existing = modifiedIds.Count == 0 ? [] : db.RecordFieldValues.Where(v => modifiedIds.Contains(v.RecordId)).ToList();
        Apply(db, changed, existing);
    }

    private static List<(FormRecord Record, bool IsNew)> Changed(FlowChannelDbContext db) =>
        db.ChangeTracker.Entries<FormRecord>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(r => r.DataJson).IsModified))
            .Select(e => (e.Entity, e.State == EntityState.Added))
            .ToList();

    private static void Apply(FlowChannelDbContext db, List<(FormRecord Record, bool IsNew)> changed, List<RecordFieldValue> existing)
    {
        var byRecord = existing.ToLookup(v => v.RecordId);
        foreach (var (record, isNew) in changed)
        {
            var wanted = db.ValueRowsOf(record);
            if (isNew)
            {
                db.RecordFieldValues.AddRange(wanted);
                continue;
            }
            var current = byRecord[record.Id].ToDictionary(v => (v.FieldKey, v.Ordinal));
            foreach (var row in wanted)
            {
                if (current.Remove((row.FieldKey, row.Ordinal), out var stored))
                {
                    if (!RecordFieldValueRows.SameValues(stored, row))
                    {
                        (stored.Text, stored.Number, stored.Date, stored.LinkedRecordId) = (row.Text, row.Number, row.Date, row.LinkedRecordId);
                    }
                }
                else
                {
                    db.RecordFieldValues.Add(row);
                }
            }
            db.RecordFieldValues.RemoveRange(current.Values);
        }
    }
}
