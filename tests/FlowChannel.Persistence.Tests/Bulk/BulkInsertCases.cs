using FlowChannel.Persistence.Bulk;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Tests.Audit;
using FlowChannel.Persistence.Tests.Providers;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Tests.Bulk;

/// <summary>
/// The provider's bulk inserter against SaveChanges on real databases: the same entities written both ways must leave
/// the same rows in every table of the model, including the side rows the context adds for new records.
/// </summary>
public abstract class BulkInsertCases(string providerName)
{
    private readonly IBulkInserter _inserter = ProviderCases.Get(providerName).BulkInserter;

    /// <summary>A migrated, empty database of the provider.</summary>
    protected abstract Task<AuditDatabase> NewDatabaseAsync();

    [Fact]
    public async Task Every_column_type_and_null_is_stored_as_SaveChanges_stores_it()
    {
        await using var saved = await NewDatabaseAsync();
        await using var bulk = await NewDatabaseAsync();
        await using (var db = saved.NewContext())
        {
            db.FormRecords.AddRange(BulkSamples.Records());
            db.RecordFieldValues.AddRange(BulkSamples.FieldValues());
            db.Departments.AddRange(BulkSamples.Departments());
            db.SerialCounters.AddRange(BulkSamples.Counters());
            await db.SaveChangesAsync();
        }
        await using (var db = bulk.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            // The records go in with the rows SaveChanges derives from them (their facts), as an import writes them.
            await NewRecordRows.InsertAsync(db, _inserter, BulkSamples.Records(), [], default);
            await _inserter.InsertAsync(db, BulkSamples.FieldValues(), default);
            await _inserter.InsertAsync(db, BulkSamples.Departments(), default);
            await _inserter.InsertAsync(db, BulkSamples.Counters(), default);
            await transaction.CommitAsync();
        }

        await AssertSameRowsAsync(saved, bulk);
        await using var read = bulk.NewContext();
        var full = await read.FormRecords.AsNoTracking().SingleAsync(r => r.Id == BulkSamples.FullRecordId);
        Assert.Equal(BulkSamples.LocalMoment.ToUniversalTime(), full.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, full.CreatedAt.Kind);
        var deleted = await read.FormRecords.IgnoreQueryFilters().AsNoTracking().SingleAsync(r => r.Id == BulkSamples.BareRecordId);
        Assert.Equal((null, null, null, "admin"), (deleted.OwnerUserId, deleted.PartnerId, deleted.StatusComment, deleted.DeletedByUserId));
        Assert.Equal(9_000_000_000L, (await read.SerialCounters.AsNoTracking().SingleAsync(c => c.Period == "2026-11")).Value);
        Assert.False((await read.Departments.AsNoTracking().SingleAsync(d => d.Name == "Closed")).IsActive);
    }

    [Fact]
    public async Task New_records_get_the_side_rows_SaveChanges_would_have_added()
    {
        await using var saved = await NewDatabaseAsync();
        await using var bulk = await NewDatabaseAsync();
        await using (var db = saved.NewContext())
        {
            db.FormRecords.AddRange(NewRecordSamples.Records());
            db.RecordUniqueValues.AddRange(NewRecordSamples.Uniques());
            await db.SaveChangesAsync();
        }
        await using (var db = bulk.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await NewRecordRows.InsertAsync(db, _inserter, NewRecordSamples.Records(), NewRecordSamples.Uniques(), default);
            await transaction.CommitAsync();
        }

        var rows = await AssertSameRowsAsync(saved, bulk);
        // The comparison is only worth something if the samples really produced side rows of every kind.
        Assert.Equal(3, rows["FormRecords"].Count);
        Assert.Equal(3, rows["RecordUniqueValues"].Count);
        Assert.Equal(5, rows["RecordFieldReferences"].Count);
        Assert.True(rows["RecordFieldValues"].Count > 20, string.Join("\n", rows["RecordFieldValues"]));
        Assert.Equal(3, rows["RecordFacts"].Count);
        Assert.NotEmpty(rows["RecordFactSlots"]);
    }

    [Fact]
    public async Task A_rolled_back_transaction_leaves_no_bulk_row()
    {
        await using var database = await NewDatabaseAsync();
        await using (var db = database.NewContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await NewRecordRows.InsertAsync(db, _inserter, NewRecordSamples.Records(), NewRecordSamples.Uniques(), default);
            await _inserter.InsertAsync(db, BulkSamples.Departments(), default);
            Assert.Equal(3, await db.FormRecords.CountAsync());
            await transaction.RollbackAsync();
        }
        await using (var db = database.NewContext())
        {
            // Abandoned without commit, as when the process dies midway: closing the connection must discard the rows.
            await db.Database.BeginTransactionAsync();
            await NewRecordRows.InsertAsync(db, _inserter, NewRecordSamples.Records(), NewRecordSamples.Uniques(), default);
        }

        await using var empty = await NewDatabaseAsync();
        await AssertSameRowsAsync(empty, database);
    }

    [Fact]
    public async Task A_row_the_database_refuses_fails_the_insert_with_the_engines_error()
    {
        await using var database = await NewDatabaseAsync();
        await using var db = database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var claim = NewRecordSamples.Uniques()[0];
        var again = new RecordUniqueValue { FormId = claim.FormId, FieldKey = claim.FieldKey, ValueHash = claim.ValueHash, RecordId = Guid.NewGuid() };

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _inserter.InsertAsync(db, [claim, again], default));
    }

    [Fact]
    public async Task A_bulk_insert_outside_a_transaction_is_refused()
    {
        await using var database = await NewDatabaseAsync();
        await using var db = database.NewContext();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _inserter.InsertAsync(db, BulkSamples.Departments(), default));
        Assert.Contains("transaction", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Departments.CountAsync());
    }

    [Fact]
    public async Task An_entity_with_a_database_generated_key_is_refused_by_name()
    {
        await using var database = await NewDatabaseAsync();
        await using var db = database.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => _inserter.InsertAsync(db, [AuditDatabase.Entry("test.bulk", null)], default));
        Assert.Contains("AuditEntry.Id", error.Message, StringComparison.Ordinal);
    }

    private static async Task<SortedDictionary<string, List<string>>> AssertSameRowsAsync(AuditDatabase expected, AuditDatabase actual)
    {
        await using var a = expected.NewContext();
        await using var b = actual.NewContext();
        var want = await StoredRows.ReadAllAsync(a);
        var got = await StoredRows.ReadAllAsync(b);
        Assert.Equal(want.Keys, got.Keys);
        foreach (var table in want.Keys)
        {
            Assert.True(want[table].SequenceEqual(got[table]),
                $"{table} differs.\nSaveChanges:\n{string.Join("\n", want[table])}\nBulk:\n{string.Join("\n", got[table])}");
        }
        return got;
    }
}

public sealed class SqliteBulkInsertTests() : BulkInsertCases("Sqlite")
{
    protected override Task<AuditDatabase> NewDatabaseAsync() => AuditDatabase.SqliteAsync();
}

public sealed class PostgreSqlBulkInsertTests(TestSupport.PostgresFixture fixture) : BulkInsertCases("PostgreSql"), IClassFixture<TestSupport.PostgresFixture>
{
    protected override async Task<AuditDatabase> NewDatabaseAsync()
    {
        var database = new AuditDatabase("PostgreSql", await fixture.CreateDatabaseAsync("bulk"));
        await database.MigrateAsync();
        return database;
    }
}
