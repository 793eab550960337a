using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowChannel.Persistence.Changes;

/// <summary>
/// A counter per form that moves each time records of the form are committed (saved, imported, deleted), so that what
/// was read from a form's records can be kept until the form's data changes (the dashboards' results). A change made in
/// a transaction counts when the transaction commits, never before: a reader that sees the old count may hold a result
/// computed from before the commit, and the count moves on right after it. Counts live in this process only: changes
/// another process commits to the same database are not seen here, which is why what is kept by them also expires.
/// </summary>
public sealed class FormDataChanges : DbTransactionInterceptor
{
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    /// <summary>Forms changed inside transactions not yet committed, by transaction.</summary>
    private readonly ConditionalWeakTable<DbTransaction, HashSet<string>> _uncommitted = [];

    /// <summary>How many times the form's records have changed since the process started.</summary>
    public long GenerationOf(string formId) => _generations.GetValueOrDefault(formId);

    /// <summary>The tracker the context was configured with; null for contexts built without it (design time, offline checks).</summary>
    public static FormDataChanges? Of(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<FormDataChanges>().FirstOrDefault();

    /// <summary>
    /// Records that <paramref name="formIds"/> change in the context's current transaction, counted when it commits; with
    /// no transaction the caller has just committed them, and they count now.
    /// </summary>
    public void Note(DbContext db, IReadOnlyCollection<string> formIds)
    {
        if (formIds.Count == 0)
        {
            return;
        }
        if (db.Database.CurrentTransaction?.GetDbTransaction() is not { } transaction)
        {
            Advance(formIds);
            return;
        }
        var pending = _uncommitted.GetValue(transaction, _ => []);
        lock (pending)
        {
            pending.UnionWith(formIds);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Commit(transaction);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Commit(transaction);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => _uncommitted.Remove(transaction);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _uncommitted.Remove(transaction);
        return Task.CompletedTask;
    }

    private void Commit(DbTransaction transaction)
    {
        if (_uncommitted.TryGetValue(transaction, out var pending) && _uncommitted.Remove(transaction))
        {
            lock (pending)
            {
                Advance(pending);
            }
        }
    }

    private void Advance(IEnumerable<string> formIds)
    {
        foreach (var formId in formIds)
        {
            _generations.AddOrUpdate(formId, 1, (_, n) => n + 1);
        }
    }
}
