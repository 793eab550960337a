using FlowChannel.Persistence.Audit;
using FlowChannel.Persistence.Entities;
using FlowChannel.Persistence.Tests.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Tests.Audit;

/// <summary>A migrated database of one provider, with ways to append audit entries and to tamper with them as an intruder would.</summary>
public sealed class AuditDatabase(string providerName, string connectionString) : IAsyncDisposable
{
    private readonly DirectoryInfo? _folder;

    private AuditDatabase(DirectoryInfo folder)
        : this("Sqlite", $"Data Source={Path.Combine(folder.FullName, "audit.db")}") => _folder = folder;

    public static async Task<AuditDatabase> SqliteAsync()
    {
        var database = EmptySqlite();
        await database.MigrateAsync();
        return database;
    }

    /// <summary>A SQLite file with no schema yet.</summary>
    public static AuditDatabase EmptySqlite() => new(Directory.CreateTempSubdirectory("flowchannel-audit-"));

    public FlowChannelDbContext NewContext()
    {
        var provider = ProviderCases.Get(providerName);
        var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
        provider.Configure(builder, connectionString);
        return new FlowChannelDbContext(builder.Options);
    }

    public async Task MigrateAsync()
    {
        await using var db = NewContext();
        await new DatabaseMigrator(db, ProviderCases.Get(providerName)).MigrateAsync();
    }

    /// <summary>Appends <paramref name="count"/> entries, <paramref name="perSave"/> to a save (each save its own transaction).</summary>
    public async Task AppendAsync(int count, int perSave = 1, string action = "test.append")
    {
        await using var db = NewContext();
        for (var written = 0; written < count; written += perSave)
        {
            for (var i = written; i < Math.Min(count, written + perSave); i++)
            {
                db.AuditLog.Add(Entry(action, $"entry #{i} — 审计"));
            }

            await db.SaveChangesAsync();
        }
    }

    public static AuditEntry Entry(string action, string? detail) =>
        new() { UserId = "u-1", Action = action, ObjectType = "Test", ObjectId = "t-1", Detail = detail };

    public async Task<AuditChainReport> VerifyAsync()
    {
        await using var db = NewContext();
        return await AuditChainVerifier.VerifyAsync(db);
    }

    /// <summary>SQL straight to the database, past the application, as someone with database access would.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var db = NewContext();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
        }

        await Task.CompletedTask;
    }
}
