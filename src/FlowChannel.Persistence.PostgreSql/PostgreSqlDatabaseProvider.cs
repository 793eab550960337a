using FlowChannel.Persistence.Bulk;
using FlowChannel.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.PostgreSql;

/// <summary>PostgreSQL 15+ through Npgsql.</summary>
public sealed class PostgreSqlDatabaseProvider : IDatabaseProvider
{
    public string Name => "PostgreSql";

    public void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgreSqlDatabaseProvider).Assembly.GetName().Name));

    // ON CONFLICT waits for a concurrent insert of the same key to commit, then updates the row it locks.
    public string NextSerialValueSql =>
        """
        INSERT INTO "SerialCounters" ("FormId", "FieldKey", "Period", "Value") VALUES ({0}, {1}, {2}, 1)
        ON CONFLICT ("FormId", "FieldKey", "Period") DO UPDATE SET "Value" = "SerialCounters"."Value" + 1
        RETURNING "Value"
        """;

    public IBulkInserter BulkInserter { get; } = new PostgreSqlBulkInserter();

    public void PrepareStorage(string connectionString)
    {
    }

    public Task AfterMigrateAsync(FlowChannelDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
