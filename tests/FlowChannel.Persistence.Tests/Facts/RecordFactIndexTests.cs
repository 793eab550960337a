using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Facts;
using FlowChannel.Persistence.Tests.Audit;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Tests.Facts;

/// <summary>The facts rows follow their records through SaveChanges, and the start-up backfill builds the same rows.</summary>
public sealed class RecordFactIndexTests
{
    private const string Form = "orders";

    [Fact]
    public async Task A_record_s_facts_follow_its_edits_status_deletion_and_restore()
    {
        await using var database = await AuditDatabase.SqliteAsync();
        var record = new FormRecord { FormId = Form, DataJson = """{"region": "east", "amount": 10}""", CreatedByUserId = "u-1" };
        await using (var db = database.NewContext())
        {
            db.FormRecords.Add(record);
            await db.SaveChangesAsync();
        }
        Assert.Equal(("east", 10.0, (DateTime?)null), await ReadAsync(database, record.Id, f => (f.T0, f.N0, f.DeletedAt)));

        await using (var db = database.NewContext())
        {
            var stored = await db.FormRecords.SingleAsync(r => r.Id == record.Id);
            stored.DataJson = """{"amount": 12.5, "stage": "won"}""";
            stored.Status = RecordStatuses.Approved;
            await db.SaveChangesAsync();
        }
        Assert.Equal(((string?)null, 12.5, "won", RecordStatuses.Approved), await ReadAsync(database, record.Id, f => (f.T0, f.N0, f.T1, f.Status)));

        var deletedAt = new DateTime(2026, 11, 24, 8, 0, 0, DateTimeKind.Utc);
        await SetDeletedAsync(database, record.Id, deletedAt);
        Assert.Equal(deletedAt, await ReadAsync(database, record.Id, f => f.DeletedAt));
        await SetDeletedAsync(database, record.Id, null);
        Assert.Equal(((DateTime?)null, "won"), await ReadAsync(database, record.Id, f => (f.DeletedAt, f.T1)));
    }

    [Fact]
    public async Task The_backfill_gives_existing_records_the_rows_the_index_would()
    {
        await using var database = await AuditDatabase.SqliteAsync();
        var records = Enumerable.Range(0, 5).Select(i => new FormRecord
        {
            FormId = Form, CreatedByUserId = "u-1", DeletedAt = i == 4 ? DateTime.UtcNow : null,
            DataJson = i == 3 ? """{"tags": ["x", "y"], "amount": 1}""" : $$"""{"region": "r{{i % 2}}", "amount": {{i * 1.5}}, "signed": "2026-0{{i + 1}}-15"}""",
        }).ToList();
        await using (var db = database.NewContext())
        {
            db.FormRecords.AddRange(records);
            await db.SaveChangesAsync();
            // As before an upgrade: records and value rows, no facts yet.
            await db.RecordFacts.ExecuteDeleteAsync();
            await db.RecordFactSlots.ExecuteDeleteAsync();
        }
        await using (var db = database.NewContext())
        {
            await RecordFactBackfill.RunAsync(db, CancellationToken.None);
        }

        await using var check = database.NewContext();
        var layout = new RecordFactLayout(Form, await check.RecordFactSlots.ToListAsync());
        Assert.Equal("N0", layout.Column("amount", RecordFactSlot.Number));
        Assert.Null(layout.Column("tags", RecordFactSlot.Text));
        var facts = await check.RecordFacts.ToDictionaryAsync(f => f.RecordId);
        Assert.Equal(records.Count, facts.Count);
        foreach (var record in records)
        {
            var rows = await check.RecordFieldValues.Where(v => v.RecordId == record.Id).ToListAsync();
            Assert.Equivalent(layout.For(await check.FormRecords.IgnoreQueryFilters().SingleAsync(r => r.Id == record.Id), rows), facts[record.Id], strict: true);
        }
    }

    private static async Task SetDeletedAsync(AuditDatabase database, Guid id, DateTime? deletedAt)
    {
        await using var db = database.NewContext();
        var stored = await db.FormRecords.IgnoreQueryFilters().SingleAsync(r => r.Id == id);
        stored.DeletedAt = deletedAt;
        await db.SaveChangesAsync();
    }

    private static async Task<T> ReadAsync<T>(AuditDatabase database, Guid id, Func<RecordFact, T> read)
    {
        await using var db = database.NewContext();
        return read(await db.RecordFacts.AsNoTracking().SingleAsync(f => f.RecordId == id));
    }
}
