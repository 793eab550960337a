using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;

namespace FlowChannel.Application.Files;

/// <summary>Records an attachment whose bytes are already in the file store, as the caller's upload.</summary>
public sealed record RegisterUpload(Actor Actor, string FileId, string Name, string? ContentType, long Size) : ICommand<FileView>;

public sealed record FileView(string Id, string Name, long Size, string ContentType);

public sealed class RegisterUploadHandler(FlowChannelDbContext db) : ICommandHandler<RegisterUpload, FileView>
{
    public ValueTask<FileView> Handle(RegisterUpload command, CancellationToken cancellationToken)
    {
        var contentType = string.IsNullOrWhiteSpace(command.ContentType) ? "application/octet-stream" : command.ContentType;
        db.StoredFiles.Add(new StoredFile
        {
            Id = command.FileId,
            Name = command.Name,
            ContentType = contentType,
            Size = command.Size,
            UploadedByUserId = command.Actor.UserId,
        });
        return ValueTask.FromResult(new FileView(command.FileId, command.Name, command.Size, contentType));
    }
}
