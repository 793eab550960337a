using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Files;

/// <summary>
/// Stores an upload in two steps: the bytes first, outside any transaction (a slow phone upload must not hold
/// SQLite's write lock), then one short command that records it. Bytes whose record failed are removed.
/// </summary>
public sealed class AttachmentUploader(FileStore store, IMediator mediator)
{
    public async Task<FileView> UploadAsync(Actor actor, string fileName, string? contentType, Stream content, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName.Trim());
        if (name.Length is 0 or > 255)
        {
            throw new BadRequestException("A file needs a name of 1 to 255 characters.");
        }
        await using var limited = new LimitedReadStream(content, FileStore.MaxFileBytes);
        var (id, size) = await store.SaveAsync(limited, ct);
        try
        {
            return await mediator.Send(new RegisterUpload(actor, id, name, contentType, size), ct);
        }
        catch
        {
            store.Delete(id);
            throw;
        }
    }
}
