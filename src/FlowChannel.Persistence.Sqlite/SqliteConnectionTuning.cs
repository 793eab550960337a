using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FlowChannel.Persistence.Sqlite;

/// <summary>
/// Per-connection settings SQLite does not keep in the file, applied once to each physical connection (the pool hands
/// the same one out again). The defaults are sized for a phone: a 2 MB page cache and temporary b-trees on disk make a
/// count or sort over a hundred thousand records of a large form spill to a temporary file and take seconds.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    // 64 MB of page cache (negative: KiB), sorts and IN-lists in memory, and reads through a 256 MB memory map.
    private const string Pragmas = "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=268435456;";

    /// <summary>
    /// For a GROUP BY over a million rows, the opposite serves: SQLite's sorter keeps up to the page cache's size in one
    /// sorted list before writing a run, and a large list sorted in memory (or runs kept in memory) took twice the CPU of
    /// 8 MB runs merged from a temporary file, which the OS keeps in its own cache anyway (sqlite3 shell, 1,000,000 facts
    /// rows by region: 1.2 s against 0.5 s of CPU).
    /// </summary>
    internal const string GroupingPragmas = "PRAGMA temp_store=FILE; PRAGMA cache_size=-8192;";

    /// <summary>Puts back what <see cref="GroupingPragmas"/> changed.</summary>
    internal const string UsualPragmas = "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;";

    private readonly ConditionalWeakTable<object, object> _tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (Untuned(connection) is { } command)
        {
            using (command)
            {
                command.ExecuteNonQuery();
            }
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Untuned(connection) is { } command)
        {
            await using (command)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private DbCommand? Untuned(DbConnection connection)
    {
        // The native handle identifies the physical connection behind the pooled SqliteConnection object.
        if (connection is not SqliteConnection { Handle: { } handle } || _tuned.TryGetValue(handle, out _))
        {
            return null;
        }
        _tuned.AddOrUpdate(handle, handle);
        var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        return command;
    }
}
