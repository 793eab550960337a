namespace FlowChannel.Persistence.Entities;

/// <summary>
/// An unfinished submission a user saved to come back to. Not validated (it is unfinished), only trimmed to the
/// fields of the form version it pins; submitting it creates a <see cref="FormRecord"/> and deletes the draft.
/// </summary>
public sealed class RecordDraft : IVersioned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string FormId { get; set; }
    public int FormVersion { get; set; }
    public required string OwnerUserId { get; set; }
    public required string DataJson { get; set; }

    /// <summary>What the owner sees in their list of drafts, e.g. the company name typed so far.</summary>
    public string? Title { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public int Version { get; set; }
}
