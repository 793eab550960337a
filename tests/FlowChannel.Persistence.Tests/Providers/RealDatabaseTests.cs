using FlowChannel.Persistence.Entities;
using FlowChannel.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Tests.Providers;

/// <summary>Migrations applied for real: on a SQLite file, and on a private PostgreSQL server.</summary>
public sealed class RealDatabaseTests
{
    [Fact]
    public async Task Sqlite_file_migrates_in_wal_mode_and_enforces_the_concurrency_token()
    {
        var folder = Directory.CreateTempSubdirectory("flowchannel-sqlite-");
        try
        {
            var connectionString = $"Data Source={Path.Combine(folder.FullName, "nested", "test.db")}";
            await RoundTripAsync("Sqlite", connectionString);
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task PostgreSql_server_migrates_and_enforces_the_concurrency_token()
    {
        await using var server = await PostgresServer.StartAsync();
        await server.CreateDatabaseAsync("flowchannel_migrations");
        await RoundTripAsync("PostgreSql", server.ConnectionString("flowchannel_migrations"));
    }

    /// <summary>Migrate, write a task, then prove a stale second writer loses.</summary>
    private static async Task RoundTripAsync(string providerName, string connectionString)
    {
        var provider = ProviderCases.Get(providerName);
        provider.PrepareStorage(connectionString);
        FlowChannelDbContext NewContext()
        {
            var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
            provider.Configure(builder, connectionString);
            return new FlowChannelDbContext(builder.Options);
        }

        await using (var db = NewContext())
        {
            await new DatabaseMigrator(db, provider).MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            db.WorkflowTasks.Add(new WorkflowTask { InstanceId = "i1", BookmarkId = "b1", ActivityId = "a1", Title = "Approve", Role = "channel-manager" });
            await db.SaveChangesAsync();
        }

        await using var first = NewContext();
        await using var second = NewContext();
        var a = await first.WorkflowTasks.SingleAsync(t => t.BookmarkId == "b1");
        var b = await second.WorkflowTasks.SingleAsync(t => t.BookmarkId == "b1");
        a.Status = TaskStatuses.Completed;
        await first.SaveChangesAsync();
        b.Status = TaskStatuses.Completed;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal(1, (await NewContext().WorkflowTasks.SingleAsync(t => t.BookmarkId == "b1")).Version);
    }
}
