using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Partners;
using FlowChannel.Application.Records.Import;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// Writes generated records the way an import does: each checked by the submission validator against the form's
/// published version (formulas computed, defaults applied), serial numbers taken in one step per batch, the records
/// flushed in batches through the context's SaveChangesAsync so the field-value
/// and reference tables are filled as for submitted records, all inside the caller's one transaction. No workflow
/// starts and no automation fires: sample data is data loading, not submissions.
/// </summary>
public sealed class SampleRecordWriter(FlowChannelDbContext db, FormSchemaCache schemas, ImportSerials serials)
{
    public const int BatchSize = 2_000;

    /// <returns>The number of records written per form.</returns>
    public async Task<Dictionary<string, int>> WriteAsync(IEnumerable<GeneratedRecord> records, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, FormSchema>(StringComparer.Ordinal);
        var batch = new List<GeneratedRecord>(BatchSize);
        foreach (var record in records)
        {
            batch.Add(record);
            counts[record.FormId] = counts.GetValueOrDefault(record.FormId) + 1;
            if (batch.Count == BatchSize)
            {
                await FlushAsync(batch, forms, ct);
            }
        }
        await FlushAsync(batch, forms, ct);
        return counts;
    }

    private async Task FlushAsync(List<GeneratedRecord> batch, Dictionary<string, FormSchema> forms, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return;
        }
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var group in batch.GroupBy(r => r.FormId))
            {
                if (!forms.TryGetValue(group.Key, out var schema))
                {
                    forms[group.Key] = schema = await schemas.GetPublishedAsync(db, group.Key, ct);
                }
                var checkedData = group.Select(r => Check(schema, r)).ToList();
                await serials.AssignAsync(schema, checkedData, ct);
                foreach (var (record, data) in group.Zip(checkedData))
                {
                    var at = record.On.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                    db.FormRecords.Add(new FormRecord
                    {
                        Id = record.Id,
                        FormId = schema.Id,
                        FormVersion = schema.Version,
                        DataJson = data.ToJsonString(),
                        Status = RecordStatuses.Approved,
                        CreatedByUserId = SystemUser.Id,
                        PartnerId = PartnerAttribution.ForNew(schema, data, record.Id, writerPartnerId: null),
                        CreatedAt = at,
                        UpdatedAt = at,
                    });
                }
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            batch.Clear();
        }
    }

    private static System.Text.Json.Nodes.JsonObject Check(FormSchema schema, GeneratedRecord record)
    {
        var result = RecordValidator.Validate(schema, record.Data, RecordWriteMode.System, System.Globalization.CultureInfo.InvariantCulture);
        // The generator writes what the pack's forms accept; a refusal here is a bug in it (or a form changed under it).
        return result.IsValid ? result.Data : throw new InvalidOperationException(
            $"Generated {schema.Id} record {record.Id} is invalid: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }
}
