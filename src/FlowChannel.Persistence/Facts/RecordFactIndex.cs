using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.FieldValues;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Facts;

/// <summary>
/// Keeps each record's <see cref="RecordFact"/> row in step inside the same SaveChanges, as
/// <see cref="RecordFieldValueIndex"/> keeps its value rows: a new record gets its row, a changed one (data, status, owner,
/// deletion or restore) has it rewritten in place, and new fields get their slots first. A hard delete cascades.
/// </summary>
public static class RecordFactIndex
{
    internal static async Task SyncAsync(FlowChannelDbContext db, CancellationToken ct)
    {
        var changed = Changed(db);
        if (changed.Count == 0)
        {
            return;
        }
        var forms = changed.Select(c => c.Record.FormId).Distinct().ToList();
        var slots = await db.RecordFactSlots.Where(s => forms.Contains(s.FormId)).ToListAsync(ct);
        var modifiedIds = changed.Where(c => !c.IsNew).Select(c => c.Record.Id).ToList();
        var existing = modifiedIds.Count == 0 ? [] : await db.RecordFacts.Where(f => modifiedIds.Contains(f.RecordId)).ToListAsync(ct);
        Apply(db, changed, slots, existing);
    }

    internal static void Sync(FlowChannelDbContext db)
    {
        var changed = Changed(db);
        if (changed.Count == 0)
        {
            return;
        }
        var forms = changed.Select(c => c.Record.FormId).Distinct().ToList();
        var slots = db.RecordFactSlots.Where(s => forms.Contains(s.FormId)).ToList();
        var modifiedIds = changed.Where(c => !c.IsNew).Select(c => c.Record.Id).ToList();
        var existing = modifiedIds.Count == 0 ? [] : db.RecordFacts.Where(f => modifiedIds.Contains(f.RecordId)).ToList();
        Apply(db, changed, slots, existing);
    }

    private static List<(FormRecord Record, bool IsNew, bool DataChanged)> Changed(FlowChannelDbContext db) =>
        db.ChangeTracker.Entries<FormRecord>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (e.Entity, e.State == EntityState.Added, e.State == EntityState.Added || e.Property(r => r.DataJson).IsModified))
            .ToList();

    private static void Apply(FlowChannelDbContext db, List<(FormRecord Record, bool IsNew, bool DataChanged)> changed,
        List<RecordFactSlot> stored, List<RecordFact> existing)
    {
        // Slots given earlier in this context but not saved yet (a failed save retried) count as taken.
        var pending = db.ChangeTracker.Entries<RecordFactSlot>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);
        var all = stored.Concat(pending).ToList();
        var layouts = new Dictionary<string, RecordFactLayout>(StringComparer.Ordinal);
        var byRecord = existing.ToDictionary(f => f.RecordId);
        foreach (var (record, isNew, dataChanged) in changed)
        {
            var fact = isNew ? null : byRecord.GetValueOrDefault(record.Id);
            if (fact is not null && !dataChanged)
            {
                // Status, owner, deletion or restore: the slots keep their values.
                RecordFactLayout.CopyRecord(fact, record);
                continue;
            }
            if (!layouts.TryGetValue(record.FormId, out var layout))
            {
                layouts[record.FormId] = layout = new RecordFactLayout(record.FormId, all);
            }
            var rows = db.ValueRowsOf(record);
            db.RecordFactSlots.AddRange(layout.Extend(rows));
            if (fact is null)
            {
                db.RecordFacts.Add(layout.For(record, rows));
            }
            else
            {
                layout.Fill(fact, record, rows);
            }
        }
    }
}
