using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Forms.Validation;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.Batch;

/// <summary>The records a batch acts on, checked like single ones: unseen ids are 404, seen ones out of the action's reach 403.</summary>
internal static class BatchRecords
{
    public const int MaxRecords = 1000;

    public static async Task<List<FormRecord>> FindAsync(RecordPermissions permissions, FormRights rights, IReadOnlyList<Guid> ids, string action, CancellationToken ct)
    {
        if (!rights.Can(action))
        {
            throw new ForbiddenException($"You may not {action} records of form '{rights.FormId}'.");
        }
        var wanted = ids.Distinct().ToList();
        if (wanted.Count is 0 or > MaxRecords)
        {
            throw new InvalidInputException("The batch is invalid.", [new FieldError("recordIds", "count", $"Choose between 1 and {MaxRecords} records.")]);
        }
        var db = permissions.Db;
        var seen = await permissions.Reachable(db.FormRecords, rights, FormAction.View).Where(r => wanted.Contains(r.Id)).ToListAsync(ct);
        if (wanted.FirstOrDefault(id => seen.All(r => r.Id != id)) is var missing && missing != Guid.Empty)
        {
            throw new NotFoundException("Record", missing.ToString());
        }
        var allowed = await permissions.Reachable(db.FormRecords.AsNoTracking(), rights, action).Where(r => wanted.Contains(r.Id)).CountAsync(ct);
        if (allowed != wanted.Count)
        {
            throw new ForbiddenException($"You may not {action} {wanted.Count - allowed} of the chosen records.");
        }
        return seen;
    }
}
