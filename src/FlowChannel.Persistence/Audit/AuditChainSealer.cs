using System.Collections.Concurrent;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FlowChannel.Persistence.Audit;

/// <summary>
/// Links the audit entries a save is about to write to the end of the chain, inside the saving transaction.
/// </summary>
/// <remarks>
/// The head row moves with <c>UPDATE … WHERE Sequence = @read</c>. A transaction that appends at the same moment
/// waits on that row until the first commits (PostgreSQL, SQL Server), then finds it moved, reads it again and
/// links after the winner: only this step runs again, never the use case around it, so no command needs a retry or
/// reports a conflict because someone else happened to be audited. Holding the head row from here to the commit
/// serialises auditing transactions for the length of their final save only. On SQLite, writers are already one at
/// a time (BEGIN IMMEDIATE). The unique index on <see cref="AuditEntry.Sequence"/> backs this up.
/// The first attempt links to the head this process last moved the chain to, without reading it: the update only
/// applies when the row still holds exactly that sequence and hash, so a head moved by anyone else (or a save that
/// rolled back) is found out and read as before. On one node, most appends thus take one statement instead of two.
/// </remarks>
internal static class AuditChainSealer
{
    /// <summary>How often the head may move under us before we give up; each move is another append committing.</summary>
    private const int MaxHeadRaces = 100;

    /// <summary>Per database (connection string): the head as this process last wrote it, a guess to try first.</summary>
    private static readonly ConcurrentDictionary<string, AuditChainHead> LastWritten = new(StringComparer.Ordinal);

    /// <summary>
    /// Entries to chain in this save, in chain order: rows of an older install first (oldest id first), then new
    /// entries in the order they were added. A retried save chains its entries again from the current head.
    /// </summary>
    public static List<AuditEntry> Pending(IEnumerable<EntityEntry<AuditEntry>> entries) =>
        entries
            .Where(e => e.State == EntityState.Added
                || (e.State is EntityState.Unchanged or EntityState.Modified && e.OriginalValues.GetValue<long?>(nameof(AuditEntry.Sequence)) is null))
            .OrderBy(e => e.State == EntityState.Added)
            .ThenBy(e => e.State == EntityState.Added ? 0 : e.Entity.Id)
            .Select(e => e.Entity)
            .ToList();

    public static async Task SealAsync(FlowChannelDbContext db, IReadOnlyList<AuditEntry> pending, CancellationToken ct)
    {
        var database = db.Database.GetConnectionString() ?? "";
        LastWritten.TryGetValue(database, out var guess);
        for (var race = 0; race < MaxHeadRaces; race++)
        {
            var head = guess ?? await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
            guess = null;
            var (sequence, hash) = Link(pending, head);
            var moved = await db.AuditChainHeads
                .Where(h => h.Id == AuditChainHead.SingletonId && h.Sequence == head.Sequence && h.Hash == head.Hash)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Sequence, sequence).SetProperty(h => h.Hash, hash), ct);
            if (moved == 1)
            {
                LastWritten[database] = new AuditChainHead { Id = AuditChainHead.SingletonId, Sequence = sequence, Hash = hash };
                return;
            }
        }

        throw new InvalidOperationException($"The audit chain head moved {MaxHeadRaces} times while appending; giving up.");
    }

    private static (long Sequence, string Hash) Link(IReadOnlyList<AuditEntry> pending, AuditChainHead head)
    {
        var sequence = head.Sequence;
        var hash = head.Hash;
        foreach (var entry in pending)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = hash;
            entry.Hash = hash = AuditHash.Compute(entry);
        }

        return (sequence, hash);
    }
}
