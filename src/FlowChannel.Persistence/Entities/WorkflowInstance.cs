namespace FlowChannel.Persistence.Entities;

/// <summary>A running or finished workflow; its full runtime state is JSON, pinned to one definition version.</summary>
public sealed class WorkflowInstance : IVersioned
{
    public required string Id { get; set; }
    public required string DefinitionId { get; set; }
    public required string DefinitionVersionId { get; set; }
    public int DefinitionVersion { get; set; }
    public required string Status { get; set; }
    public required string SubStatus { get; set; }
    public string? CorrelationId { get; set; }
    public string? InitiatorUserId { get; set; }
    public required string StateJson { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? FinishedAt { get; set; }
    public int Version { get; set; }
}
