namespace FlowChannel.Persistence.Entities;

/// <summary>
/// Append-only trail of security-relevant actions: sign-ins, task decisions, imports. Each entry is chained to the
/// one before it (<see cref="Sequence"/>, <see cref="PreviousHash"/>, <see cref="Hash"/>) when it is saved, so that
/// a changed, removed or inserted row shows up when the chain is verified.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; } = DateTime.UtcNow;
    public string? UserId { get; set; }
    public required string Action { get; set; }
    public required string ObjectType { get; set; }
    public string? ObjectId { get; set; }
    public string? Detail { get; set; }

    /// <summary>Position in the chain, from 1 without gaps; null only for a row of an older install not yet chained.</summary>
    public long? Sequence { get; set; }

    /// <summary>The <see cref="Hash"/> of the entry at <see cref="Sequence"/> − 1 (the genesis value for the first).</summary>
    public string? PreviousHash { get; set; }

    /// <summary>SHA-256 (lower-case hex) over this entry's fields and <see cref="PreviousHash"/>; see <c>AuditHash</c>.</summary>
    public string? Hash { get; set; }
}
