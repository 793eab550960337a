using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FlowChannel.Application.Forms;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Permissions;

/// <summary>
/// The permission sets in force on a form: the stored sets when there are any (installed from the form's versions and
/// changed by admins), else those of its published version, else the platform defaults.
/// </summary>
public sealed class PermissionSetCatalog(FlowChannelDbContext db, FormSchemaCache schemas)
{
    private readonly Dictionary<string, IReadOnlyList<PermissionSetDefinition>> _byForm = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<PermissionSetDefinition>> ForFormAsync(string formId, CancellationToken ct)
    {
        if (_byForm.TryGetValue(formId, out var known))
        {
            return known;
        }
        // Asked by every request that touches records: compiled.
        var stored = new List<StoredSet>();
        await foreach (var set in Common.CompiledPerModel<Queries>.For(db).SetsOfForm(db, formId).WithCancellation(ct))
        {
            stored.Add(set);
        }

        IReadOnlyList<PermissionSetDefinition> sets;
        if (stored.Count > 0)
        {
            sets = stored.Select(s => Parse(formId, s.Key, s.DefinitionJson)).ToList();
        }
        else
        {
            var schema = await schemas.GetPublishedAsync(db, formId, ct);
            sets = schema.Permissions.Declared ? schema.Permissions.Sets : DefaultPermissionSets.All;
        }
        return _byForm[formId] = sets;
    }

    /// <summary>
    /// Brings the stored sets in line with a newly published or installed version, in the caller's unit of work:
    /// sets an admin changed are left alone, the others follow the version.
    /// </summary>
    public async Task SyncFromSchemaAsync(FormSchema schema, string? packId, CancellationToken ct)
    {
        var stored = await db.FormPermissionSets.Where(s => s.FormId == schema.Id).ToListAsync(ct);
        var declared = schema.Permissions.Sets;
        for (var i = 0; i < declared.Count; i++)
        {
            var set = declared[i];
            var json = set.Source.ToJsonString();
            var row = stored.FirstOrDefault(s => s.Key == set.Key);
            if (row is null)
            {
                db.FormPermissionSets.Add(new FormPermissionSet { FormId = schema.Id, Key = set.Key, DefinitionJson = json, PackId = packId, SortOrder = i });
            }
            else if (!row.IsCustomised && (row.DefinitionJson != json || row.SortOrder != i))
            {
                row.DefinitionJson = json;
                row.SortOrder = i;
                row.UpdatedAt = DateTime.UtcNow;
            }
        }
        db.FormPermissionSets.RemoveRange(stored.Where(s => !s.IsCustomised && !declared.Any(d => d.Key == s.Key)));
        _byForm.Remove(schema.Id);
    }

    private sealed class Queries
    {
        public readonly Func<FlowChannelDbContext, string, IAsyncEnumerable<StoredSet>> SetsOfForm =
            EF.CompileAsyncQuery((FlowChannelDbContext db, string formId) =>
                db.FormPermissionSets.AsNoTracking().Where(s => s.FormId == formId)
                    .OrderBy(s => s.SortOrder).ThenBy(s => s.Key).Select(s => new StoredSet(s.Key, s.DefinitionJson)));
    }

    private sealed record StoredSet(string Key, string DefinitionJson);

    /// <summary>Stored sets already read, by their exact text: parsing one on every request cost more than its query.</summary>
    private static readonly ConcurrentDictionary<string, PermissionSetDefinition> Parsed = new(StringComparer.Ordinal);

    /// <summary>Past this many distinct texts the cache starts again, so edited sets cannot make it grow for ever.</summary>
    private const int MaxParsed = 512;

    private static PermissionSetDefinition Parse(string formId, string key, string json)
    {
        if (Parsed.TryGetValue(json, out var known))
        {
            return known;
        }

        if (Parsed.Count >= MaxParsed)
        {
            Parsed.Clear();
        }

        return Parsed[json] = ParseText(formId, key, json);
    }

    private static PermissionSetDefinition ParseText(string formId, string key, string json)
    {
        var (set, errors) = JsonNode.Parse(json) is JsonObject obj ? PermissionSetParser.Parse(obj) : (null, []);
        // Stored sets were checked when written; one that no longer reads is a corrupted row, which must not widen access.
        return set ?? throw new InvalidOperationException(
            $"Permission set '{key}' of form '{formId}' is invalid: {string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}"))}");
    }
}
