using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Application.Partners;
using FlowChannel.Application.Records;
using FlowChannel.Application.Records.Import;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Bulk;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Providers;

namespace FlowChannel.Application.Channel.SampleData;

/// <summary>
/// Writes generated records the way an import does (<see cref="RecordImportWriter"/>): each checked by the submission
/// validator against the form's published version (formulas computed, defaults applied), serial numbers taken in one
/// step per batch, and each batch stored through the provider's bulk inserter with every side row a save would derive
/// (<see cref="NewRecordRows"/>: field values, references, dashboard facts, unique-value claims), all inside the
/// caller's one transaction. SaveChanges was most of the generation's time, tracking and ordering rows that are all
/// new. No workflow starts and no automation fires: sample data is data loading, not submissions.
/// </summary>
public sealed class SampleRecordWriter(FlowChannelDbContext db, IDatabaseProvider provider, FormSchemaCache schemas, ImportSerials serials)
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
        var rows = new List<FormRecord>(batch.Count);
        var uniques = new List<RecordUniqueValue>();
        foreach (var group in batch.GroupBy(r => r.FormId))
        {
            if (!forms.TryGetValue(group.Key, out var schema))
            {
                forms[group.Key] = schema = await schemas.GetPublishedAsync(db, group.Key, ct);
            }
            var checkedRecords = group.Select(r => Check(schema, r)).ToList();
            await serials.AssignAsync(schema, [.. checkedRecords.Select(c => c.Data)], ct);
            foreach (var (record, result) in group.Zip(checkedRecords))
            {
                var at = record.On.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
                rows.Add(new FormRecord
                {
                    Id = record.Id,
                    FormId = schema.Id,
                    FormVersion = schema.Version,
                    DataJson = result.Data.ToJsonString(),
                    Status = RecordStatuses.Approved,
                    CreatedByUserId = SystemUser.Id,
                    PartnerId = PartnerAttribution.ForNew(schema, result.Data, record.Id, writerPartnerId: null),
                    CreatedAt = at,
                    UpdatedAt = at,
                });
                uniques.AddRange(result.UniqueValues.Where(u => u.Field.SubformKey is null).Select(u => new RecordUniqueValue
                {
                    FormId = schema.Id, FieldKey = u.Field.Key, ValueHash = UniqueValueClaims.Hash(u), RecordId = record.Id,
                }));
            }
        }
        await NewRecordRows.InsertAsync(db, provider.BulkInserter, rows, uniques, ct);
        batch.Clear();
    }

    private static RecordValidationResult Check(FormSchema schema, GeneratedRecord record)
    {
        var result = RecordValidator.Validate(schema, record.Data, RecordWriteMode.System, System.Globalization.CultureInfo.InvariantCulture);
        // The generator writes what the pack's forms accept; a refusal here is a bug in it (or a form changed under it).
        return result.IsValid ? result : throw new InvalidOperationException(
            $"Generated {schema.Id} record {record.Id} is invalid: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }
}
