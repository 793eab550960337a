using FlowChannel.Application.Common;
using FlowChannel.Application.Partners;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Records.Import;

/// <summary>
/// Stores a batch of checked rows as records, with their serial numbers and unique-value claims, and flushes it inside
/// the import's one transaction (the unit of work commits it at the end, or rolls all batches back). The flush goes
/// through <see cref="FlowChannelDbContext.SaveChangesAsync(bool, CancellationToken)"/> on purpose: whatever the context
/// maintains beside a record's JSON on save (the reference index, field-value side tables) is filled for imported
/// records exactly as for submitted ones. This is the hook for such tables; the change tracker is cleared after each
/// batch so memory stays flat over 100,000 rows.
/// </summary>
public sealed class RecordImportWriter(FlowChannelDbContext db, ImportSerials serials)
{
    public async Task<int> WriteAsync(FormSchema schema, FormRights rights, Actor actor, IReadOnlyList<CheckedRow> rows, CancellationToken ct)
    {
        await serials.AssignAsync(schema, [.. rows.Select(r => r.Data)], ct);
        // Every entity of the batch is new: nothing needs detecting, and each of the save's passes over the tracker
        // (audit, versions, the reference index, EF's own) would otherwise compare all of them again.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Created times step by a tick per row, so "oldest first" lists the records in the file's order.
            var now = DateTime.UtcNow;
            for (var i = 0; i < rows.Count; i++)
            {
                var id = Guid.NewGuid();
                db.FormRecords.Add(new FormRecord
                {
                    Id = id,
                    FormId = schema.Id,
                    FormVersion = schema.Version,
                    DataJson = rows[i].Data.ToJsonString(),
                    OwnerUserId = actor.UserId,
                    CreatedByUserId = actor.UserId,
                    PartnerId = PartnerAttribution.ForNew(schema, rows[i].Data, id, rights.Position.PartnerId),
                    DepartmentId = rights.Position.DepartmentId,
                    CreatedAt = now.AddTicks(i),
                    UpdatedAt = now.AddTicks(i),
                });
                foreach (var (fieldKey, hash, _) in rows[i].Uniques)
                {
                    db.RecordUniqueValues.Add(new RecordUniqueValue { FormId = schema.Id, FieldKey = fieldKey, ValueHash = hash, RecordId = id });
                }
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        return rows.Count;
    }
}
