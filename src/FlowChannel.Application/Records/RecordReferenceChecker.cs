using System.Globalization;
using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Forms.Permissions;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Directory;
using FlowChannel.Forms.Schema;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>
/// Checks the user, department and record ids a validated record points at (<see cref="RecordValidationResult.References"/>)
/// and writes each one's current name into the data: users must exist and not be locked out, departments must be
/// active, linked records must be of the link's form, visible to the actor (a partner never links another partner's
/// record) and meet the link's filter. Any write path that stores client data calls it after validation.
/// </summary>
public sealed class RecordReferenceChecker(FlowChannelDbContext db, RecordPermissions permissions, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldError>> CheckAsync(JsonObject data, IReadOnlyList<RecordReference> references, Actor actor,
        CultureInfo culture, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (references.Count == 0)
        {
            return errors;
        }
        var users = await UserNamesAsync(references, ct);
        var departments = await DepartmentNamesAsync(references, culture, ct);
        var records = await LinkedRecordsAsync(references, actor, ct);
        foreach (var reference in references)
        {
            var field = reference.Field;
            var name = field.Type switch
            {
                FieldType.Member or FieldType.Members => users.GetValueOrDefault(reference.Id),
                FieldType.Department or FieldType.Departments => departments.GetValueOrDefault(reference.Id),
                _ => LinkName(data, reference, records),
            };
            if (name is null)
            {
                var message = field.Type switch
                {
                    FieldType.Member or FieldType.Members => ReferenceTexts.UnknownUser(field, culture),
                    FieldType.Department or FieldType.Departments => ReferenceTexts.UnknownDepartment(field, culture),
                    _ => ReferenceTexts.UnknownRecord(field, culture),
                };
                errors.Add(new FieldError(reference.Path, FieldErrorCodes.Reference, message));
            }
            else if (JsonPaths.Find(data, reference.Path) is JsonObject stored)
            {
                stored["name"] = name;
            }
        }
        return errors;
    }

    private async Task<Dictionary<string, string>> UserNamesAsync(IReadOnlyList<RecordReference> references, CancellationToken ct)
    {
        var ids = Ids(references, FieldType.Member, FieldType.Members);
        if (ids.Count == 0)
        {
            return [];
        }
        var found = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.LockoutEnd })
            .ToListAsync(ct);
        // Lockout is compared here: SQLite cannot compare DateTimeOffset columns in SQL.
        var now = clock.GetUtcNow();
        return found.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .ToDictionary(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id, StringComparer.Ordinal);
    }

    private async Task<Dictionary<string, string>> DepartmentNamesAsync(IReadOnlyList<RecordReference> references, CultureInfo culture, CancellationToken ct)
    {
        var ids = Ids(references, FieldType.Department, FieldType.Departments)
            .Select(id => Guid.TryParse(id, out var guid) ? guid : Guid.Empty).Where(g => g != Guid.Empty).ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var found = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id) && d.IsActive).ToListAsync(ct);
        // Keyed by every spelling of the id a client may send (any letter case), through the parsed Guid.
        var byId = found.ToDictionary(d => d.Id, d => DepartmentNames.For(d, culture));
        return Ids(references, FieldType.Department, FieldType.Departments)
            .Where(id => Guid.TryParse(id, out var g) && byId.ContainsKey(g))
            .ToDictionary(id => id, id => byId[Guid.Parse(id)], StringComparer.Ordinal);
    }

    private async Task<Dictionary<(string Form, Guid Id), JsonObject>> LinkedRecordsAsync(IReadOnlyList<RecordReference> references, Actor actor, CancellationToken ct)
    {
        var result = new Dictionary<(string, Guid), JsonObject>();
        foreach (var group in references.Where(r => r.Field.Link is not null).GroupBy(r => r.Field.Link!.Form, StringComparer.Ordinal))
        {
            var ids = group.Select(r => Guid.TryParse(r.Id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
            var rights = await permissions.ForFormAsync(actor, group.Key, ct);
            var found = await permissions.Reachable(db.FormRecords.AsNoTracking(), rights, FormAction.View)
                .Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.DataJson })
                .ToListAsync(ct);
            foreach (var record in found)
            {
                if (JsonNode.Parse(record.DataJson) is JsonObject recordData)
                {
                    result[(group.Key, record.Id)] = recordData;
                }
            }
        }
        return result;
    }

    private static string? LinkName(JsonObject data, RecordReference reference, Dictionary<(string, Guid), JsonObject> records)
    {
        var link = reference.Field.Link!;
        if (!Guid.TryParse(reference.Id, out var id) || !records.TryGetValue((link.Form, id), out var linked))
        {
            return null;
        }
        // The filter is what the picker offered; a record outside it is refused, as if it had been typed in by hand.
        if (link.Filter.Count > 0
            && !RecordConditions.Matches(RecordConditions.Compute(link.Filter, data, JsonPaths.Row(data, reference.Path)), linked))
        {
            return null;
        }
        return JsonValueText.Of(linked[link.DisplayField]) is { Length: > 0 } display ? display : id.ToString();
    }

    private static List<string> Ids(IReadOnlyList<RecordReference> references, FieldType one, FieldType many) =>
        references.Where(r => r.Field.Type == one || r.Field.Type == many).Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList();
}
