using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Workflows.Approvals;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Workflows.Activities.Platform.Approvals;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Files;

/// <summary>
/// An attachment's metadata, for its uploader, an admin, whoever may view a record holding it in a field not
/// hidden from them, whoever has a task on such a record whose step does not hide that field (an approver opens the
/// files of the record they decide on without rights on its form), or — for a file attached to an approval comment —
/// anyone who sees that instance's history (its submitter and the people with tasks in it).
/// </summary>
public sealed record GetFile(Actor Actor, string FileId) : IQuery<FileView>;

public sealed class GetFileHandler(FlowChannelDbContext db, RecordPermissions permissions) : IQueryHandler<GetFile, FileView>
{
    public async ValueTask<FileView> Handle(GetFile query, CancellationToken cancellationToken)
    {
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.FileId, cancellationToken);
        if (file is null || !(query.Actor.IsAdmin || file.UploadedByUserId == query.Actor.UserId
            || await InVisibleRecordAsync(query.Actor, file.Id, cancellationToken)
            || await InTaskRecordAsync(query.Actor, file.Id, cancellationToken)
            || await OnVisibleTimelineAsync(query.Actor, file.Id, cancellationToken)))
        {
            throw new NotFoundException("File", query.FileId);
        }
        return new FileView(file.Id, file.Name, file.Size, file.ContentType);
    }

    /// <summary>A file in a field of a record the actor may view, when that field is not hidden from them.</summary>
    private async Task<bool> InVisibleRecordAsync(Actor actor, string fileId, CancellationToken ct)
    {
        var holders = await db.RecordFieldReferences.AsNoTracking().Where(x => x.TargetId == fileId)
            .Join(db.FormRecords, x => x.RecordId, r => r.Id, (x, r) => new { x.RecordId, x.FieldKey, r.FormId })
            .Take(50).ToListAsync(ct);
        foreach (var holder in holders)
        {
            var rights = await permissions.ForFormAsync(actor, holder.FormId, ct);
            if (rights.Field(holder.FieldKey) != FieldRight.Hidden
                && await permissions.Reachable(db.FormRecords.AsNoTracking(), rights, FormAction.View).AnyAsync(r => r.Id == holder.RecordId, ct))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A file in a field of a task's record that the task's step shows its people (as the task page does).</summary>
    private async Task<bool> InTaskRecordAsync(Actor actor, string fileId, CancellationToken ct)
    {
        var holders = await db.RecordFieldReferences.AsNoTracking().Where(x => x.TargetId == fileId)
            .Select(x => new { x.RecordId, x.FieldKey }).Take(50).ToListAsync(ct);
        var recordIds = holders.Select(h => (Guid?)h.RecordId).ToList();
        var tasks = recordIds.Count == 0 ? [] : await Tasks.TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), actor)
            .Where(t => recordIds.Contains(t.RecordId)).Take(50).ToListAsync(ct);
        return tasks.Any(task => holders.Any(h => h.RecordId == task.RecordId
            && (task.Kind == TaskKinds.Resubmit || ApprovalDecisions.Request([task]).AccessTo(h.FieldKey.Split('.')[0]) != FieldAccess.Hidden)));
    }

    private async Task<bool> OnVisibleTimelineAsync(Actor actor, string fileId, CancellationToken ct)
    {
        var quoted = $"\"{fileId}\"";
        var instances = await db.WorkflowTimeline.AsNoTracking()
            .Where(e => e.AttachmentsJson != null && e.AttachmentsJson.Contains(quoted))
            .Select(e => e.InstanceId).Distinct().ToListAsync(ct);
        return instances.Count > 0
            && (await db.WorkflowInstances.AsNoTracking().AnyAsync(i => instances.Contains(i.Id) && i.InitiatorUserId == actor.UserId, ct)
                || await Tasks.TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), actor).AnyAsync(t => instances.Contains(t.InstanceId), ct));
    }
}
