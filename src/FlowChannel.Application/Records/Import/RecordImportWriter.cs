using FlowChannel.Application.Common;
using FlowChannel.Application.Partners;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Bulk;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Providers;

namespace FlowChannel.Application.Records.Import;

/// <summary>
/// Stores a batch of checked rows as records, with their serial numbers and unique-value claims, inside the import's
/// one transaction (the unit of work commits it at the end, or rolls all batches back). The rows go through the
/// provider's bulk inserter rather than SaveChanges, which spent most of a large import tracking, ordering and
/// re-preparing statements for rows that are all new; <see cref="NewRecordRows"/> writes beside each record the side
/// rows SaveChanges would have added (field values, references), made by the same producers.
/// </summary>
public sealed class RecordImportWriter(FlowChannelDbContext db, IDatabaseProvider provider, ImportSerials serials)
{
    public async Task<int> WriteAsync(FormSchema schema, FormRights rights, Actor actor, IReadOnlyList<CheckedRow> rows, CancellationToken ct)
    {
        await serials.AssignAsync(schema, [.. rows.Select(r => r.Data)], ct);
        var records = new List<FormRecord>(rows.Count);
        var uniques = new List<RecordUniqueValue>();
        // Created times step by a tick per row, so "oldest first" lists the records in the file's order.
        var now = DateTime.UtcNow;
        for (var i = 0; i < rows.Count; i++)
        {
            // Time-ordered ids: every index that starts with the record's id (the records' and the side tables' keys)
            // then grows at its end, where random ids would scatter 100,000 records' inserts over trees larger than
            // the page cache.
            var id = Guid.CreateVersion7();
            records.Add(new FormRecord
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
            uniques.AddRange(rows[i].Uniques.Select(u => new RecordUniqueValue { FormId = schema.Id, FieldKey = u.FieldKey, ValueHash = u.Hash, RecordId = id }));
        }
        await NewRecordRows.InsertAsync(db, provider.BulkInserter, records, uniques, ct);
        return rows.Count;
    }
}
