using FlowChannel.Persistence.Audit;
using FlowChannel.TestSupport;

namespace FlowChannel.Persistence.Tests.Audit;

/// <summary>On PostgreSQL transactions really overlap: concurrent appends must still form one chain.</summary>
public sealed class AuditChainPostgreSqlTests(PostgresFixture fixture) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Overlapping_transactions_each_link_to_a_different_predecessor()
    {
        await using var database = new AuditDatabase("PostgreSql", await fixture.CreateDatabaseAsync("audit"));
        await database.MigrateAsync();
        using var start = new SemaphoreSlim(0);

        // Every writer opens its transaction, waits until all have, then appends: they all read the same head.
        const int writers = 16;
        var appends = Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await using var db = database.NewContext();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.AuditLog.Add(AuditDatabase.Entry("test.concurrent", $"writer {i}"));
            db.AuditLog.Add(AuditDatabase.Entry("test.concurrent", $"writer {i}, second entry"));
            await start.WaitAsync();
            await db.SaveChangesAsync();
            await Task.Delay(20);
            await transaction.CommitAsync();
        })).ToList();
        start.Release(writers);
        await Task.WhenAll(appends);

        var report = await database.VerifyAsync();
        Assert.True(report.Intact, report.Break?.Message);
        Assert.Equal(2 * writers, report.Count);
    }

    [Fact]
    public async Task Tampering_is_found_on_postgresql_as_on_sqlite()
    {
        await using var database = new AuditDatabase("PostgreSql", await fixture.CreateDatabaseAsync("audit"));
        await database.MigrateAsync();
        await database.AppendAsync(8, perSave: 2);
        Assert.True((await database.VerifyAsync()).Intact);

        await database.ExecuteAsync("""UPDATE "AuditLog" SET "ObjectId" = 't-2' WHERE "Sequence" = 3""");

        var report = await database.VerifyAsync();
        Assert.Equal((3L, AuditChainCheck.HashMismatch), (report.Break!.Sequence!.Value, report.Break.Check));
    }
}
