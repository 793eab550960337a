using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Providers;

/// <summary>
/// One database engine FlowChannel can run on. Each implementation lives in its provider's migrations
/// assembly, so the core model never references a provider package.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The value of <c>Database:Provider</c> that selects this provider.</summary>
    string Name { get; }

    void Configure(DbContextOptionsBuilder builder, string connectionString);

    /// <summary>Work that must happen before the first connection (e.g. creating the SQLite file's folder).</summary>
    void PrepareStorage(string connectionString);

    /// <summary>
    /// SQL that inserts the serial counter row {0} (form), {1} (field), {2} (period) with value 0 unless it exists,
    /// without failing when a concurrent transaction inserts it first: each engine spells that differently.
    /// </summary>
    string InsertSerialCounterIfMissingSql { get; }

    /// <summary>Settings applied once after migrations (e.g. SQLite's WAL journal).</summary>
    Task AfterMigrateAsync(FlowChannelDbContext db, CancellationToken cancellationToken);
}
