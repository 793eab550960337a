using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.FieldValues;

/// <summary>Fills <see cref="Entities.RecordFieldValue"/> rows for records stored before the table existed (an upgrade).</summary>
public static class RecordFieldValueBackfill
{
    private const int PageSize = 1000;

    /// <summary>
    /// Runs at start and does nothing once any value row exists. All pages commit in one transaction, so an interrupted
    /// backfill leaves the table empty and simply runs again at the next start.
    /// </summary>
    public static async Task RunAsync(FlowChannelDbContext db, CancellationToken ct)
    {
        if (await db.RecordFieldValues.AnyAsync(ct) || !await db.FormRecords.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            Guid? after = null;
            while (true)
            {
                // Deleted records too: an admin may restore them.
                var page = await db.FormRecords.IgnoreQueryFilters().AsNoTracking()
                    .Where(r => after == null || r.Id.CompareTo(after.Value) > 0)
                    .OrderBy(r => r.Id).Take(PageSize).Select(r => new { r.Id, r.FormId, r.DataJson }).ToListAsync(token);
                if (page.Count == 0)
                {
                    break;
                }
                foreach (var record in page)
                {
                    db.RecordFieldValues.AddRange(RecordFieldValueRows.For(record.Id, record.FormId, record.DataJson));
                }
                await db.SaveChangesAsync(token);
                db.ChangeTracker.Clear();
                after = page[^1].Id;
            }
            await transaction.CommitAsync(token);
        }, ct);
    }
}
