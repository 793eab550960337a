using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Channel;

/// <summary>
/// The figures the channel activities compute from, summed by the database over the typed copies of record fields
/// (<see cref="Persistence.Entities.RecordFieldValue"/>) and grouped by the record's partner. Deleted records are
/// left out by the model-wide filter on the records they join.
/// </summary>
public sealed class ChannelFigures(FlowChannelDbContext db)
{
    /// <summary>Σ <paramref name="amountField"/> per partner over records of <paramref name="formId"/> dated in [start, end).</summary>
    public async Task<Dictionary<Guid, decimal>> SumByPartnerAsync(string formId, string amountField, string dateField, DateTime start, DateTime end, CancellationToken ct)
    {
        var sums = await (
            from record in db.FormRecords
            where record.FormId == formId && record.PartnerId != null
            join amount in db.RecordFieldValues on record.Id equals amount.RecordId
            join date in db.RecordFieldValues on record.Id equals date.RecordId
            where amount.FieldKey == amountField && amount.Ordinal == 0
                && date.FieldKey == dateField && date.Ordinal == 0 && date.Date >= start && date.Date < end
            group amount.Number by record.PartnerId into partner
            select new { Partner = partner.Key, Sum = partner.Sum() }).ToListAsync(ct);
        return sums.ToDictionary(s => s.Partner!.Value, s => Money(s.Sum));
    }

    /// <summary>Σ <paramref name="amountField"/> per partner over records of <paramref name="formId"/> linking to <paramref name="linkedId"/> in <paramref name="linkField"/>, less those whose id is in <paramref name="except"/>.</summary>
    public async Task<Dictionary<Guid, decimal>> SumLinkedByPartnerAsync(
        string formId, string amountField, string linkField, Guid linkedId, IReadOnlyCollection<Guid> except, CancellationToken ct)
    {
        var sums = await (
            from record in db.FormRecords
            where record.FormId == formId && record.PartnerId != null && !except.Contains(record.Id)
            join amount in db.RecordFieldValues on record.Id equals amount.RecordId
            join link in db.RecordFieldValues on record.Id equals link.RecordId
            where amount.FieldKey == amountField && amount.Ordinal == 0 && link.FieldKey == linkField && link.LinkedRecordId == linkedId
            group amount.Number by record.PartnerId into partner
            select new { Partner = partner.Key, Sum = partner.Sum() }).ToListAsync(ct);
        return sums.ToDictionary(s => s.Partner!.Value, s => Money(s.Sum));
    }

    /// <summary>The records of <paramref name="formId"/> with their data, optionally only those linking to <paramref name="linkedId"/> in <paramref name="linkField"/>.</summary>
    public async Task<List<ChannelRecord>> RecordsAsync(string formId, CancellationToken ct, string? linkField = null, Guid? linkedId = null)
    {
        var records = db.FormRecords.AsNoTracking().Where(r => r.FormId == formId);
        if (linkField is not null)
        {
            records = records.Where(r => db.RecordFieldValues.Any(v => v.RecordId == r.Id && v.FieldKey == linkField && v.LinkedRecordId == linkedId));
        }
        var rows = await records.OrderBy(r => r.CreatedAt).Select(r => new { r.Id, r.PartnerId, r.Status, r.DataJson, r.CreatedAt }).ToListAsync(ct);
        var found = rows.ToDictionary(r => r.Id, r => new ChannelRecord(r.Id, r.PartnerId, r.Status, JsonNode.Parse(r.DataJson) as JsonObject ?? [], r.CreatedAt));
        // A flow started by a submission runs in the submission's unit of work, before the record is saved: the
        // records this unit of work added or changed are read as they stand in it.
        foreach (var local in db.FormRecords.Local.Where(r => r.FormId == formId))
        {
            var record = new ChannelRecord(local.Id, local.PartnerId, local.Status, JsonNode.Parse(local.DataJson) as JsonObject ?? [], local.CreatedAt);
            if (local.DeletedAt is not null || (linkField is not null && record.LinkId(linkField) != linkedId))
            {
                found.Remove(local.Id);
                continue;
            }

            found[local.Id] = record;
        }

        return [.. found.Values.OrderBy(r => r.CreatedAt)];
    }

    /// <summary>Record ids of <paramref name="formId"/> whose text field <paramref name="field"/> equals <paramref name="text"/>.</summary>
    public Task<List<Guid>> IdsWhereTextAsync(string formId, string field, string text, CancellationToken ct) =>
        db.RecordFieldValues.Where(v => v.FormId == formId && v.FieldKey == field && v.Text == text)
            .Join(db.FormRecords, v => v.RecordId, r => r.Id, (v, r) => r.Id).ToListAsync(ct);

    private static decimal Money(double? sum) => Math.Round((decimal)(sum ?? 0), 2, MidpointRounding.AwayFromZero);
}

/// <summary>A record as the channel activities read it.</summary>
public sealed record ChannelRecord(Guid Id, Guid? PartnerId, string Status, JsonObject Data, DateTime CreatedAt)
{
    public string? Text(string field) => Data[field] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public decimal? Number(string field) => Data[field] is JsonValue value && value.TryGetValue<double>(out var number) ? (decimal)number : null;

    public Guid? LinkId(string field) => Data[field] is JsonObject link && Guid.TryParse((string?)link["id"], out var id) ? id : null;
}
