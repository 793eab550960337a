using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Facts;

/// <summary>
/// Fills <see cref="RecordFact"/> rows for records stored before the table existed (an upgrade), after
/// <see cref="FieldValues.RecordFieldValueBackfill"/>: set-based statements, because a million records one by one would
/// hold the start for minutes. Slots go to each form's top-level single-valued fields in key order.
/// </summary>
public static class RecordFactBackfill
{
    /// <summary>
    /// Runs at start and does nothing once any facts row exists. Everything commits in one transaction, so an
    /// interrupted backfill leaves the table empty and simply runs again at the next start.
    /// </summary>
    public static async Task RunAsync(FlowChannelDbContext db, CancellationToken ct)
    {
        if (await db.RecordFacts.AnyAsync(ct) || !await db.FormRecords.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var slots = await AssignAsync(db, token);
            // Deleted records too: an admin may restore them. Quoted names work on all three engines.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "RecordFacts" ("RecordId", "FormId", "Status", "CreatedByUserId", "OwnerUserId", "PartnerId", "DepartmentId", "CreatedAt", "UpdatedAt", "DeletedAt")
                SELECT "Id", "FormId", "Status", "CreatedByUserId", "OwnerUserId", "PartnerId", "DepartmentId", "CreatedAt", "UpdatedAt", "DeletedAt" FROM "FormRecords"
                """, token);
            foreach (var form in slots.GroupBy(s => s.FormId))
            {
                await FillAsync(db, form.Key, [.. form], token);
            }
            await transaction.CommitAsync(token);
        }, ct);
    }

    private static async Task<List<RecordFactSlot>> AssignAsync(FlowChannelDbContext db, CancellationToken ct)
    {
        var fields = await db.RecordFieldValues.Where(v => !v.FieldKey.Contains('.'))
            .GroupBy(v => new { v.FormId, v.FieldKey })
            .Select(g => new
            {
                g.Key.FormId, g.Key.FieldKey,
                Several = g.Max(v => v.Ordinal) > 0,
                Text = g.Max(v => v.Text != null ? 1 : 0),
                Number = g.Max(v => v.Number != null ? 1 : 0),
                Date = g.Max(v => v.Date != null ? 1 : 0),
            })
            .ToListAsync(ct);
        var slots = new List<RecordFactSlot>();
        foreach (var form in fields.Where(f => !f.Several).GroupBy(f => f.FormId))
        {
            var layout = new RecordFactLayout(form.Key, []);
            foreach (var field in form.OrderBy(f => f.FieldKey, StringComparer.Ordinal))
            {
                // A stand-in value row with the kinds the field was seen with.
                slots.AddRange(layout.Extend([new RecordFieldValue
                {
                    RecordId = Guid.Empty, FormId = form.Key, FieldKey = field.FieldKey, Ordinal = 0,
                    Text = field.Text == 1 ? "" : null, Number = field.Number == 1 ? 0 : null, Date = field.Date == 1 ? DateTime.UnixEpoch : null,
                }]));
            }
        }
        db.RecordFactSlots.AddRange(slots);
        await db.SaveChangesAsync(ct);
        return slots;
    }

    /// <summary>One statement per form: every slot read from the record's first value of its field.</summary>
    private static Task<int> FillAsync(FlowChannelDbContext db, string formId, List<RecordFactSlot> slots, CancellationToken ct)
    {
        var values = db.RecordFieldValues.Where(v => v.Ordinal == 0);
        return db.RecordFacts.Where(f => f.FormId == formId).ExecuteUpdateAsync(set =>
        {
            foreach (var slot in slots)
            {
                var key = slot.FieldKey;
                var column = slot.Column;
                switch (slot.Kind)
                {
                    case RecordFactSlot.Text:
                        set.SetProperty(f => EF.Property<string?>(f, column),
                            f => values.Where(v => v.RecordId == f.RecordId && v.FieldKey == key).Select(v => v.Text).FirstOrDefault());
                        break;
                    case RecordFactSlot.Number:
                        set.SetProperty(f => EF.Property<double?>(f, column),
                            f => values.Where(v => v.RecordId == f.RecordId && v.FieldKey == key).Select(v => v.Number).FirstOrDefault());
                        break;
                    default:
                        set.SetProperty(f => EF.Property<DateTime?>(f, column),
                            f => values.Where(v => v.RecordId == f.RecordId && v.FieldKey == key).Select(v => v.Date).FirstOrDefault());
                        break;
                }
            }
        }, ct);
    }
}
