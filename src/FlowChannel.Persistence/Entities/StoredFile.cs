namespace FlowChannel.Persistence.Entities;

/// <summary>An uploaded attachment; its bytes live in the file store under <see cref="Id"/>.</summary>
public sealed class StoredFile
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string UploadedByUserId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
