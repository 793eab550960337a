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

    public void PrepareStorage(string connectionString)
    {
    }

    public Task AfterMigrateAsync(FlowChannelDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
