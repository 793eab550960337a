using FlowChannel.Persistence.Bulk;
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
    /// One statement that takes the next number of the serial counter {0} (form), {1} (field), {2} (period): the row
    /// is created at 1 or incremented in place, and the new value comes back as one column named <c>Value</c>. The
    /// row stays locked until the transaction ends, and a concurrent first insert of the same key must not fail:
    /// each engine spells that differently.
    /// </summary>
    string NextSerialValueSql { get; }

    /// <summary>Inserts many new entities in the engine's fastest way, inside the context's transaction (imports).</summary>
    IBulkInserter BulkInserter { get; }

    /// <summary>
    /// Runs <paramref name="run"/>, a read that groups a whole form's rows (a dashboard widget), under the settings that
    /// suit such a statement, then puts the connection's usual settings back. Engines with nothing to change just run it.
    /// </summary>
    Task<T> RunGroupingAsync<T>(FlowChannelDbContext db, Func<Task<T>> run, CancellationToken cancellationToken) => run();

    /// <summary>Settings applied once after migrations (e.g. SQLite's WAL journal).</summary>
    Task AfterMigrateAsync(FlowChannelDbContext db, CancellationToken cancellationToken);
}
