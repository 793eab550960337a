using System.Text.Json;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence;

/// <summary>
/// Keeps <see cref="RecordFieldReference"/> rows in step with records' JSON, inside the same SaveChanges: a reference field
/// holds <c>{ "id": …, "name": … }</c> or a list of them at the top level, whatever its type, so no schema is needed.
/// </summary>
public static class RecordFieldReferenceIndex
{
    /// <summary>
    /// Indexes records stored before the index existed (an upgrade): run at start, it does nothing once any reference
    /// is indexed. Works in pages so memory stays bounded on large installs.
    /// </summary>
    public static async Task BackfillAsync(FlowChannelDbContext db, CancellationToken ct)
    {
        if (await db.RecordFieldReferences.AnyAsync(ct) || !await db.FormRecords.AnyAsync(ct))
        {
            return;
        }
        Guid? after = null;
        while (true)
        {
            var page = await db.FormRecords.AsNoTracking()
                .Where(r => after == null || r.Id.CompareTo(after.Value) > 0)
                .OrderBy(r => r.Id).Take(500).Select(r => new { r.Id, r.DataJson }).ToListAsync(ct);
            if (page.Count == 0)
            {
                return;
            }
            foreach (var record in page)
            {
                db.RecordFieldReferences.AddRange(RowsFor(record.Id, record.DataJson));
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = page[^1].Id;
        }
    }

    internal static async Task SyncAsync(FlowChannelDbContext db, CancellationToken ct)
    {
        var changed = Changed(db);
        if (changed.Count == 0)
        {
            return;
        }
        var modifiedIds = changed.Where(c => !c.IsNew).Select(c => c.Record.Id).ToList();
        var existing = modifiedIds.Count == 0 ? [] : await db.RecordFieldReferences.Where(r => modifiedIds.Contains(r.RecordId)).ToListAsync(ct);
        Apply(db, changed, existing);
    }

    internal static void Sync(FlowChannelDbContext db)
    {
        var changed = Changed(db);
        if (changed.Count == 0)
        {
            return;
        }
        var modifiedIds = changed.Where(c => !c.IsNew).Select(c => c.Record.Id).ToList();
        var existing = modifiedIds.Count == 0 ? [] : db.RecordFieldReferences.Where(r => modifiedIds.Contains(r.RecordId)).ToList();
        Apply(db, changed, existing);
    }

    private static List<(FormRecord Record, bool IsNew)> Changed(FlowChannelDbContext db) =>
        db.ChangeTracker.Entries<FormRecord>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(r => r.DataJson).IsModified))
            .Select(e => (e.Entity, e.State == EntityState.Added))
            .ToList();

    private static void Apply(FlowChannelDbContext db, List<(FormRecord Record, bool IsNew)> changed, List<RecordFieldReference> existing)
    {
        foreach (var (record, _) in changed)
        {
            var wanted = Extract(record.DataJson);
            var current = existing.Where(r => r.RecordId == record.Id).ToList();
            db.RecordFieldReferences.RemoveRange(current.Where(r => !wanted.Contains((r.FieldKey, r.TargetId))));
            foreach (var (field, target) in wanted.Where(w => !current.Any(r => r.FieldKey == w.Field && r.TargetId == w.Target)))
            {
                db.RecordFieldReferences.Add(Row(record.Id, field, target));
            }
        }
    }

    /// <summary>The reference rows of a new record (what a save adds for it; bulk writers insert them themselves).</summary>
    public static IEnumerable<RecordFieldReference> RowsFor(Guid recordId, string json) =>
        Extract(json).Select(x => Row(recordId, x.Field, x.Target));

    private static RecordFieldReference Row(Guid recordId, string field, string target) =>
        new() { RecordId = recordId, FieldKey = field, TargetId = target };

    internal static HashSet<(string Field, string Target)> Extract(string json)
    {
        var found = new HashSet<(string, string)>();
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return found;
        }
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name.Length > 64)
            {
                continue;
            }
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    AddId(found, property.Name, item);
                }
            }
            else
            {
                AddId(found, property.Name, property.Value);
            }
        }
        return found;
    }

    private static void AddId(HashSet<(string, string)> found, string field, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 and <= 450 } text)
        {
            found.Add((field, text));
        }
    }
}
