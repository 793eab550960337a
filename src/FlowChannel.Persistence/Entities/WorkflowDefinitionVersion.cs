namespace FlowChannel.Persistence.Entities;

/// <summary>One version of an Elsa-format workflow definition, stored as the JSON it was imported from.</summary>
public sealed class WorkflowDefinitionVersion
{
    /// <summary>Elsa's version id (<c>id</c> in the JSON).</summary>
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Json { get; set; }
    public bool IsPublished { get; set; }
    public bool IsLatest { get; set; }
    public string? PackId { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
