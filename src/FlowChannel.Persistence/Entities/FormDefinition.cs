namespace FlowChannel.Persistence.Entities;

/// <summary>One version of a form schema. Records pin the version they were written with.</summary>
public sealed class FormDefinition
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public required string FormId { get; set; }
    public int Version { get; set; }
    public required string Title { get; set; }
    public required string SchemaJson { get; set; }
    public bool IsPublished { get; set; }
    public string? PackId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
