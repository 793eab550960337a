using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Files;

/// <summary>An attachment's metadata, for its uploader or a channel manager.</summary>
public sealed record GetFile(Actor Actor, string FileId) : IQuery<FileView>;

public sealed class GetFileHandler(FlowChannelDbContext db) : IQueryHandler<GetFile, FileView>
{
    public async ValueTask<FileView> Handle(GetFile query, CancellationToken cancellationToken)
    {
        var file = await db.StoredFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Id == query.FileId, cancellationToken);
        if (file is null || !(query.Actor.SeesAllPartners || file.UploadedByUserId == query.Actor.UserId))
        {
            throw new NotFoundException("File", query.FileId);
        }
        return new FileView(file.Id, file.Name, file.Size, file.ContentType);
    }
}
