using FlowChannel.Persistence.Bulk;
using FlowChannel.Persistence.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Sqlite;

/// <summary>The embedded default: one SQLite file in WAL mode.</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    public string Name => "Sqlite";

    private static readonly SqliteConnectionTuning Tuning = new();

    public void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly.GetName().Name))
            .AddInterceptors(Tuning);

    // Writers are serialised by BEGIN IMMEDIATE; upsert and RETURNING need SQLite 3.35, which the bundled library is.
    public string NextSerialValueSql =>
        """
        INSERT INTO "SerialCounters" ("FormId", "FieldKey", "Period", "Value") VALUES ({0}, {1}, {2}, 1)
        ON CONFLICT ("FormId", "FieldKey", "Period") DO UPDATE SET "Value" = "Value" + 1
        RETURNING "Value"
        """;

    public IBulkInserter BulkInserter { get; } = new SqliteBulkInserter();

    public void PrepareStorage(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    public async Task<T> RunGroupingAsync<T>(FlowChannelDbContext db, Func<Task<T>> run, CancellationToken cancellationToken)
    {
        // Opened here so that the settings and the statement share one connection, and the usual settings return to it
        // before the pool hands it out again.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync(SqliteConnectionTuning.GroupingPragmas, cancellationToken);
            try
            {
                return await run();
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync(SqliteConnectionTuning.UsualPragmas, CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task AfterMigrateAsync(FlowChannelDbContext db, CancellationToken cancellationToken)
    {
        // WAL lets readers run while one writer commits; the setting is stored in the file, so once is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        // Without statistics the planner guesses, and over a large form it guesses a scan of every record of the form
        // where one filter's index range would do. A bounded ANALYZE of the tables that need it costs milliseconds.
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", cancellationToken);
    }
}
