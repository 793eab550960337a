using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Audit;

/// <summary>
/// Walks the audit chain from the first entry to the head, a page at a time (memory stays bounded however long the
/// log is), and reports the first entry that fails: gap, broken link or hash mismatch, in that order of checking.
/// </summary>
public static class AuditChainVerifier
{
    public const int PageSize = 1000;

    public static async Task<AuditChainReport> VerifyAsync(FlowChannelDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Entries appended while we walk lie beyond this head and are left for the next verification.
        var head = await db.AuditChainHeads.AsNoTracking().SingleAsync(h => h.Id == AuditChainHead.SingletonId, ct);
        var expected = 1L;
        var previous = AuditHash.Genesis;
        while (expected <= head.Sequence)
        {
            var from = expected;
            var page = await db.AuditLog.AsNoTracking()
                .Where(e => e.Sequence >= from && e.Sequence <= head.Sequence)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                return Broken(expected, AuditChainCheck.Gap, $"Entries {expected} to {head.Sequence} are missing.");
            }

            foreach (var entry in page)
            {
                if (Check(entry, expected, previous) is { } failure)
                {
                    return Broken(expected, failure.Check, failure.Message);
                }

                previous = entry.Hash!;
                expected++;
            }
        }

        if (previous != head.Hash)
        {
            return Broken(head.Sequence, AuditChainCheck.HeadMismatch,
                $"The chain head records entry {head.Sequence} with another hash than the entry has: the end of the log was rewritten.");
        }

        if (await db.AuditLog.AsNoTracking().Where(e => e.Sequence == null).OrderBy(e => e.Id).Select(e => (long?)e.Id).FirstOrDefaultAsync(ct) is { } stray)
        {
            return Broken(null, AuditChainCheck.Unchained, $"The row with id {stray} is not part of the chain: it was inserted outside the application.");
        }

        return AuditChainReport.Ok(head.Sequence, head.Hash);

        AuditChainReport Broken(long? sequence, AuditChainCheck check, string message) =>
            AuditChainReport.Broken(Math.Max(0, expected - 1), head.Hash, new AuditChainBreak(sequence, check, message));
    }

    private static (AuditChainCheck Check, string Message)? Check(AuditEntry entry, long expected, string previous)
    {
        if (entry.Sequence != expected)
        {
            return (AuditChainCheck.Gap, $"Entry {expected} is missing; the next entry is {entry.Sequence}.");
        }

        if (entry.PreviousHash != previous)
        {
            return (AuditChainCheck.BrokenLink, $"Entry {expected} does not link to entry {expected - 1}.");
        }

        return AuditHash.Compute(entry) == entry.Hash
            ? null
            : (AuditChainCheck.HashMismatch, $"Entry {expected} ({entry.Action}, {entry.At:u}) no longer matches its hash: it was changed.");
    }
}
