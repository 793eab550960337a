using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Files;

/// <summary>Stores an attachment for a later submission; the record refers to it by id.</summary>
public sealed record UploadFile(Actor Actor, string Name, string? ContentType, Stream Content) : ICommand<FileView>;

public sealed record FileView(string Id, string Name, long Size, string ContentType);

public sealed class UploadFileHandler(FlowChannelDbContext db, FileStore store) : ICommandHandler<UploadFile, FileView>
{
    public async ValueTask<FileView> Handle(UploadFile command, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(command.Name.Trim());
        if (name.Length is 0 or > 255)
        {
            throw new BadRequestException("A file needs a name of 1 to 255 characters.");
        }
        await using var limited = new LimitedReadStream(command.Content, FileStore.MaxFileBytes);
        var (id, size) = await store.SaveAsync(limited, cancellationToken);
        var contentType = string.IsNullOrWhiteSpace(command.ContentType) ? "application/octet-stream" : command.ContentType;
        db.StoredFiles.Add(new StoredFile { Id = id, Name = name, ContentType = contentType, Size = size, UploadedByUserId = command.Actor.UserId });
        return new FileView(id, name, size, contentType);
    }
}
