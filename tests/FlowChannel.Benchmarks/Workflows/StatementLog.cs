using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FlowChannel.Benchmarks.Workflows;

/// <summary>
/// Records every SQL command EF sends (its text and how long the provider took to answer) while switched on, so a
/// product step can be broken down statement by statement: <c>dotnet run … -- --statements</c>.
/// </summary>
public sealed class StatementLog : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly List<(string Sql, TimeSpan Elapsed)> _statements = [];
    private long _started;

    /// <summary>True while commands are being recorded.</summary>
    public bool Recording { get; set; }

    /// <summary>The commands recorded since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<(string Sql, TimeSpan Elapsed)> Statements => _statements;

    public void Clear() => _statements.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _started = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _started = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _started = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    // The transaction's own statements do not pass through the command hooks.
    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        _started = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        Record("BEGIN (transaction)");
        return ValueTask.FromResult(result);
    }

    public ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        _started = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public Task CreatedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Record("SAVEPOINT (around SaveChanges)");
        return Task.CompletedTask;
    }

    public ValueTask<InterceptionResult> ReleasingSavepointAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        _started = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public Task ReleasedSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
    {
        Record("RELEASE SAVEPOINT");
        return Task.CompletedTask;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default)
    {
        _started = Stopwatch.GetTimestamp();
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Record("COMMIT");
        return Task.CompletedTask;
    }

    private void Record(DbCommand command) => Record(command.CommandText);

    private void Record(string sql)
    {
        if (Recording)
        {
            _statements.Add((sql, Stopwatch.GetElapsedTime(_started)));
        }
    }
}
