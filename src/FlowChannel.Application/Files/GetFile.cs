using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Files;

/// <summary>
/// An attachment's metadata, for its uploader, a channel manager, or — for a file attached to an approval comment —
/// anyone who sees that instance's history (its submitter and the people with tasks in it).
/// </summary>
public sealed record GetFile(Actor Actor, string FileId) : IQuery<FileView>;

public sealed class GetFileHandler(FlowChannelDbContext db) : IQueryHandler<GetFile, FileView>
{
    public async ValueTask<FileView> Handle(GetFile query, CancellationToken cancellationToken)
    {
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.FileId, cancellationToken);
        if (file is null || !(query.Actor.SeesAllPartners || file.UploadedByUserId == query.Actor.UserId
            || await OnVisibleTimelineAsync(query.Actor, file.Id, cancellationToken)))
        {
            throw new NotFoundException("File", query.FileId);
        }
        return new FileView(file.Id, file.Name, file.Size, file.ContentType);
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
