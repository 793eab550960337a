using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Audit;

/// <summary>
/// Chains the audit rows an older install wrote before entries were chained: oldest id first, a page per
/// transaction, after migrations. Runs on every start and finds nothing to do once the log is chained.
/// </summary>
internal static class AuditChainUpgrade
{
    private const int PageSize = 500;

    public static async Task ChainLegacyEntriesAsync(FlowChannelDbContext db, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        while (true)
        {
            int chained;
            try
            {
                chained = await strategy.ExecuteAsync(async c =>
                {
                    db.ChangeTracker.Clear();
                    await using var transaction = await db.Database.BeginTransactionAsync(c);
                    var page = await db.AuditLog.Where(e => e.Sequence == null).OrderBy(e => e.Id).Take(PageSize).ToListAsync(c);
                    // SaveChanges links every tracked row without a sequence, in id order (AuditChainSealer).
                    await db.SaveChangesAsync(c);
                    await transaction.CommitAsync(c);
                    return page.Count;
                }, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node starting at the same moment chained some of these rows first; read what is left.
                continue;
            }

            if (chained < PageSize)
            {
                db.ChangeTracker.Clear();
                return;
            }
        }
    }
}
