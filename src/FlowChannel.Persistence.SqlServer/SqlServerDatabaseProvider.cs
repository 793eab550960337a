using FlowChannel.Persistence.Bulk;
using FlowChannel.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.SqlServer;

/// <summary>The production target: SQL Server 2022 (see docker/).</summary>
public sealed class SqlServerDatabaseProvider : IDatabaseProvider
{
    public string Name => "SqlServer";

    public void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlServer(connectionString, o => o
            .MigrationsAssembly(typeof(SqlServerDatabaseProvider).Assembly.GetName().Name)
            .EnableRetryOnFailure());

    // HOLDLOCK takes a key-range lock, so two transactions cannot both see the row missing and insert it.
    public string NextSerialValueSql =>
        "MERGE [SerialCounters] WITH (HOLDLOCK) AS [c] " +
        "USING (SELECT {0} AS [FormId], {1} AS [FieldKey], {2} AS [Period]) AS [k] " +
        "ON [c].[FormId] = [k].[FormId] AND [c].[FieldKey] = [k].[FieldKey] AND [c].[Period] = [k].[Period] " +
        "WHEN MATCHED THEN UPDATE SET [c].[Value] = [c].[Value] + 1 " +
        "WHEN NOT MATCHED THEN INSERT ([FormId], [FieldKey], [Period], [Value]) VALUES ([k].[FormId], [k].[FieldKey], [k].[Period], 1) " +
        "OUTPUT inserted.[Value];";

    public IBulkInserter BulkInserter { get; } = new SqlServerBulkInserter();

    public void PrepareStorage(string connectionString)
    {
    }

    public Task AfterMigrateAsync(FlowChannelDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
