using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FlowChannel.Persistence.Audit;

/// <summary>
/// Keeps the audit log append-only from the application's side: saving a changed or deleted entry fails before
/// anything reaches the database. The one change allowed is chaining a row of an older install, which only fills in
/// its chain columns.
/// </summary>
internal static class AuditChainGuard
{
    private static readonly HashSet<string> ChainColumns =
        [nameof(AuditEntry.Sequence), nameof(AuditEntry.PreviousHash), nameof(AuditEntry.Hash)];

    public static void RefuseRewrites(IEnumerable<EntityEntry<AuditEntry>> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.State == EntityState.Deleted)
            {
                throw new InvalidOperationException($"Audit entries are never deleted (entry {entry.Entity.Id}).");
            }

            if (entry.State == EntityState.Modified && !IsBeingChained(entry))
            {
                throw new InvalidOperationException($"Audit entries are never changed (entry {entry.Entity.Id}).");
            }
        }
    }

    /// <summary>A row saved before the chain existed, and nothing touched but the columns chaining fills in.</summary>
    private static bool IsBeingChained(EntityEntry<AuditEntry> entry) =>
        entry.OriginalValues.GetValue<long?>(nameof(AuditEntry.Sequence)) is null
        && entry.Properties.Where(p => p.IsModified).All(p => ChainColumns.Contains(p.Metadata.Name));
}
