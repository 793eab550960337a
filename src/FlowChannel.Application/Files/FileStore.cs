using Microsoft.Extensions.Configuration;

namespace FlowChannel.Application.Files;

/// <summary>
/// Attachment bytes on disk under <c>FlowChannel:FilesPath</c> (default <c>data/files</c>), named by a random
/// id so that a user-supplied file name never becomes a path.
/// </summary>
public sealed class FileStore(IConfiguration configuration)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    private string Root => Path.GetFullPath(configuration["FlowChannel:FilesPath"] ?? Path.Combine("data", "files"));

    public async Task<(string Id, long Size)> SaveAsync(Stream content, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Root);
        var id = Guid.NewGuid().ToString("N");
        var temp = Path.Combine(Root, id + ".part");
        long size;
        // Written under a temporary name and renamed when complete: a crash never leaves half a file under its id.
        try
        {
            await using (var file = File.Create(temp))
            {
                await content.CopyToAsync(file, ct);
                size = file.Length;
            }
            File.Move(temp, Path.Combine(Root, id));
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        return (id, size);
    }

    public void Delete(string id) => File.Delete(Path.Combine(Root, Path.GetFileName(id)));

    public Stream OpenRead(string id) => File.OpenRead(Path.Combine(Root, Path.GetFileName(id)));
}
