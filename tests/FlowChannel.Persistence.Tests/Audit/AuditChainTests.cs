using FlowChannel.Persistence.Audit;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace FlowChannel.Persistence.Tests.Audit;

/// <summary>The audit chain on a real SQLite file: it verifies after many appends and shows where it was tampered with.</summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task Chain_of_many_appends_verifies_across_pages()
    {
        await using var database = await AuditDatabase.SqliteAsync();
        await database.AppendAsync(AuditChainVerifier.PageSize + 150, perSave: 50);
        await database.AppendAsync(3);

        var report = await database.VerifyAsync();

        Assert.True(report.Intact, report.Break?.Message);
        Assert.Equal(AuditChainVerifier.PageSize + 153, report.Count);
        await using var db = database.NewContext();
        var last = await db.AuditLog.OrderByDescending(e => e.Sequence).FirstAsync();
        Assert.Equal(report.HeadHash, last.Hash);
        Assert.Equal(AuditHash.Genesis, (await db.AuditLog.SingleAsync(e => e.Sequence == 1)).PreviousHash);
    }

    [Fact]
    public async Task Changed_detail_is_found_at_its_sequence()
    {
        await using var database = await AuditDatabase.SqliteAsync();
        await database.AppendAsync(20, perSave: 3);

        await database.ExecuteAsync("""UPDATE "AuditLog" SET "Detail" = 'nothing to see' WHERE "Sequence" = 7""");

        var report = await database.VerifyAsync();
        Assert.False(report.Intact);
        Assert.Equal(7, report.Break!.Sequence);
        Assert.Equal(AuditChainCheck.HashMismatch, report.Break.Check);
        Assert.Equal(6, report.Count);
    }

    [Fact]
    public async Task Changed_entry_with_a_recomputed_hash_breaks_the_next_link()
    {
        await using var database = await AuditDatabase.SqliteAsync();
        await database.AppendAsync(10);
        await using (var db = database.NewContext())
        {
            var entry = await db.AuditLog.AsNoTracking().SingleAsync(e => e.Sequence == 4);
            entry.Detail = "rewritten";
            await database.ExecuteAsync($"""UPDATE "AuditLog" SET "Detail" = 'rewritten', "Hash" = '{AuditHash.Compute(entry)}' WHERE "Sequence" = 4""");
        }

        var report = await database.VerifyAsync();
        Assert.Equal(5, report.Break!.Sequence);
        Assert.Equal(AuditChainCheck.BrokenLink, report.Break.Check);
    }

    [Fact]
    public async Task Deleted_entry_is_found_as_a_gap()
    {
        await using var database = await AuditDatabase.SqliteAsync();
        await database.AppendAsync(12, perSave: 4);

        await database.ExecuteAsync("""DELETE FROM "AuditLog" WHERE "Sequence" = 5""");

        var report = await database.VerifyAsync();
        Assert.Equal(5, report.Break!.Sequence);
        Assert.Equal(AuditChainCheck.Gap, report.Break.Check);
    }

    [Fact]
    public async Task Deleted_last_entry_is_found_too()
    {
        await using var database = await AuditDatabase.SqliteAsync();
        await database.AppendAsync(6);

        await database.ExecuteAsync("""DELETE FROM "AuditLog" WHERE "Sequence" = 6""");

        var report = await database.VerifyAsync();
        Assert.Equal(6, report.Break!.Sequence);
        Assert.Equal(AuditChainCheck.Gap, report.Break.Check);
    }

    [Fact]
    public async Task Row_inserted_outside_the_application_is_found()
    {
        await using var database = await AuditDatabase.SqliteAsync();
        await database.AppendAsync(3);

        await database.ExecuteAsync("""
            INSERT INTO "AuditLog" ("At", "UserId", "Action", "ObjectType", "ObjectId", "Detail")
            VALUES ('2026-01-01 00:00:00', 'intruder', 'login.succeeded', 'User', 'intruder', NULL)
            """);

        var report = await database.VerifyAsync();
        Assert.Equal(AuditChainCheck.Unchained, report.Break!.Check);
    }

    [Fact]
    public async Task Application_refuses_to_change_or_delete_an_entry()
    {
        await using var database = await AuditDatabase.SqliteAsync();
        await database.AppendAsync(2);

        await using (var db = database.NewContext())
        {
            var entry = await db.AuditLog.SingleAsync(e => e.Sequence == 1);
            entry.Detail = "edited";
            var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("never changed", changed.Message, StringComparison.Ordinal);
        }

        await using (var db = database.NewContext())
        {
            db.AuditLog.Remove(await db.AuditLog.SingleAsync(e => e.Sequence == 2));
            var deleted = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            Assert.Contains("never deleted", deleted.Message, StringComparison.Ordinal);
        }

        Assert.True((await database.VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Entries_of_an_older_install_are_chained_in_id_order_when_it_upgrades()
    {
        await using var database = AuditDatabase.EmptySqlite();
        // The schema of the release before the chain, with entries written the old way.
        await using (var db = database.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("20261124100205_PermissionSetsAndPartnerOrganisations");
        }

        for (var i = 1; i <= 5; i++)
        {
            await database.ExecuteAsync($"""
                INSERT INTO "AuditLog" ("At", "UserId", "Action", "ObjectType", "ObjectId", "Detail")
                VALUES ('2025-06-0{i} 08:00:00.1234567', 'admin', 'pack.import', 'Pack', 'old-{i}', 'before the chain')
                """);
        }

        await database.MigrateAsync();
        await database.AppendAsync(2);

        var report = await database.VerifyAsync();
        Assert.True(report.Intact, report.Break?.Message);
        Assert.Equal(7, report.Count);
        await using var check = database.NewContext();
        var order = await check.AuditLog.OrderBy(e => e.Sequence).Select(e => e.ObjectId).ToListAsync();
        Assert.Equal(["old-1", "old-2", "old-3", "old-4", "old-5", "t-1", "t-1"], order);
    }
}
