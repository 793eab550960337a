using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Schema;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Import;

/// <summary>
/// Names a cell may hold for a reference, resolved to ids once per import instead of once per row: users by user name
/// (or an unambiguous display name), departments by name in either language, linked records by the link's display
/// field among the records the importer may see. A name shared by several targets resolves to none of them.
/// </summary>
public sealed class ImportLookups
{
    private readonly Dictionary<string, string?> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string?> _departments = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, string?>> _links = new(StringComparer.Ordinal);

    public static async Task<ImportLookups> LoadAsync(FlowChannelDbContext db, RecordPermissions permissions, Actor actor,
        IEnumerable<FieldDefinition> fields, CancellationToken ct)
    {
        var lookups = new ImportLookups();
        var mapped = fields.ToList();
        if (mapped.Any(f => f.Type is FieldType.Member or FieldType.Members))
        {
            var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct);
            foreach (var user in users.Where(u => u.DisplayName.Length > 0))
            {
                Add(lookups._users, user.DisplayName, user.Id);
            }
            // User names are unique and win over a display name that happens to read the same.
            foreach (var user in users.Where(u => u.UserName is not null))
            {
                lookups._users[user.UserName!] = user.Id;
            }
        }
        if (mapped.Any(f => f.Type is FieldType.Department or FieldType.Departments))
        {
            foreach (var department in await db.Departments.AsNoTracking().Where(d => d.IsActive).ToListAsync(ct))
            {
                var id = department.Id.ToString();
                Add(lookups._departments, department.Name, id);
                if (department.NameEn is { Length: > 0 } english && !string.Equals(english, department.Name, StringComparison.OrdinalIgnoreCase))
                {
                    Add(lookups._departments, english, id);
                }
            }
        }
        foreach (var link in mapped.Where(f => f.Link is not null).Select(f => f.Link!).DistinctBy(l => (l.Form, l.DisplayField)))
        {
            lookups._links[LinkKey(link)] = await LinkTargetsAsync(db, permissions, actor, link, ct);
        }
        return lookups;
    }

    /// <summary>The user's id, or null (unknown or ambiguous).</summary>
    public string? User(string name) => _users.GetValueOrDefault(name);

    public string? Department(string name) => Guid.TryParse(name, out var id) ? id.ToString() : _departments.GetValueOrDefault(name);

    public string? LinkedRecord(LinkSettings link, string text) =>
        Guid.TryParse(text, out var id) ? id.ToString() : _links.GetValueOrDefault(LinkKey(link))?.GetValueOrDefault(text);

    private static string LinkKey(LinkSettings link) => link.Form + "\u001f" + link.DisplayField;

    private static async Task<Dictionary<string, string?>> LinkTargetsAsync(FlowChannelDbContext db, RecordPermissions permissions, Actor actor,
        LinkSettings link, CancellationToken ct)
    {
        var targets = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var rights = await permissions.ForFormAsync(actor, link.Form, ct);
        var records = permissions.Reachable(db.FormRecords.AsNoTracking(), rights, FormAction.View)
            .Where(r => r.FormId == link.Form).Select(r => new { r.Id, r.DataJson });
        await foreach (var record in records.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (JsonNode.Parse(record.DataJson) is JsonObject data && JsonValueText.Of(data[link.DisplayField]) is { Length: > 0 } text)
            {
                Add(targets, text.Trim(), record.Id.ToString());
            }
        }
        return targets;
    }

    private static void Add(Dictionary<string, string?> names, string name, string id)
    {
        var key = name.Trim();
        // A second target under the same name makes the name ambiguous: null, reported as such.
        names[key] = names.TryGetValue(key, out var existing) && existing != id ? null : id;
    }

    /// <summary>Whether the name is known at all (possibly ambiguous), to tell "unknown" from "ambiguous".</summary>
    public bool IsAmbiguous(FieldDefinition field, string text) => field.Type switch
    {
        FieldType.Member or FieldType.Members => _users.TryGetValue(text, out var u) && u is null,
        FieldType.Department or FieldType.Departments => _departments.TryGetValue(text, out var d) && d is null,
        _ => field.Link is { } link && _links.GetValueOrDefault(LinkKey(link)) is { } names && names.TryGetValue(text, out var r) && r is null,
    };
}
