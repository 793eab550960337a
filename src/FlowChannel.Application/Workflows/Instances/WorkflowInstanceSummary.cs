using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Workflows.Instances;

/// <summary>What anyone who may see an instance sees of it: where it stands, not what it holds.</summary>
public sealed record WorkflowInstanceSummary(
    string Id, string DefinitionId, int DefinitionVersion, string Status, string SubStatus, string? CorrelationId,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? FinishedAt)
{
    public static WorkflowInstanceSummary From(WorkflowInstance i) =>
        new(i.Id, i.DefinitionId, i.DefinitionVersion, i.Status, i.SubStatus, i.CorrelationId, i.CreatedAt, i.UpdatedAt, i.FinishedAt);
}
