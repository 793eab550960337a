using FlowChannel.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.PostgreSql;

/// <summary>PostgreSQL 15+ through Npgsql.</summary>
public sealed class PostgreSqlDatabaseProvider : IDatabaseProvider
{
    public string Name => "PostgreSql";

    public void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgreSqlDatabaseProvider).Assembly.GetName().Name));

    // ON CONFLICT waits for a concurrent insert of the same key to commit, then does nothing.
    public string InsertSerialCounterIfMissingSql =>
        """INSERT INTO "SerialCounters" ("FormId", "FieldKey", "Period", "Value") VALUES ({0}, {1}, {2}, 0) ON CONFLICT DO NOTHING""";

    public void PrepareStorage(string connectionString)
    {
    }

    public Task AfterMigrateAsync(FlowChannelDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
