namespace FlowChannel.Persistence.Entities;

/// <summary>Append-only trail of security-relevant actions: sign-ins, task decisions, imports.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; } = DateTime.UtcNow;
    public string? UserId { get; set; }
    public required string Action { get; set; }
    public required string ObjectType { get; set; }
    public string? ObjectId { get; set; }
    public string? Detail { get; set; }
}
