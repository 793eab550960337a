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

    // UPDLOCK + HOLDLOCK takes a key-range lock, so two transactions cannot both see the row missing.
    public string InsertSerialCounterIfMissingSql =>
        "IF NOT EXISTS (SELECT 1 FROM [SerialCounters] WITH (UPDLOCK, HOLDLOCK) WHERE [FormId] = {0} AND [FieldKey] = {1} AND [Period] = {2}) " +
        "INSERT INTO [SerialCounters] ([FormId], [FieldKey], [Period], [Value]) VALUES ({0}, {1}, {2}, 0)";

    public void PrepareStorage(string connectionString)
    {
    }

    public Task AfterMigrateAsync(FlowChannelDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
