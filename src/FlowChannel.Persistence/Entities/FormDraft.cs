namespace FlowChannel.Persistence.Entities;

/// <summary>
/// The unpublished next version of a form that designers are working on: one per form, overwritten on each save
/// and deleted when it is published. It may not parse yet; only published versions have to.
/// </summary>
public sealed class FormDraft : IVersioned
{
    public required string FormId { get; set; }
    public required string SchemaJson { get; set; }
    public required string UpdatedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public int Version { get; set; }
}
