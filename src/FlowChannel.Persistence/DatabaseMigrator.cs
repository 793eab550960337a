using FlowChannel.Persistence.Audit;
using FlowChannel.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence;

/// <summary>Brings the database schema up to date; runs at start and from <c>flowchannel db migrate</c>.</summary>
public sealed class DatabaseMigrator(FlowChannelDbContext db, IDatabaseProvider provider)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        // Inside the execution strategy so that a provider with retries (SQL Server) retries the whole migration.
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () => await db.Database.MigrateAsync(cancellationToken));
        await provider.AfterMigrateAsync(db, cancellationToken);
        await AuditChainUpgrade.ChainLegacyEntriesAsync(db, cancellationToken);
    }
}
