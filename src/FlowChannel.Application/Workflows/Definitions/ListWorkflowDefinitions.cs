using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>
/// The workflow definitions for the flow designer's list, newest change first; with <see cref="FormId"/>, only the
/// ones whose published version a submission of that form starts.
/// </summary>
public sealed record ListWorkflowDefinitions(Actor Actor, string? FormId = null) : IQuery<IReadOnlyList<WorkflowDefinitionRow>>;

public sealed record WorkflowDefinitionRow(string DefinitionId, string Name, int LatestVersion, int? PublishedVersion, DateTime ChangedAt);

public sealed class ListWorkflowDefinitionsHandler(FlowChannelDbContext db) : IQueryHandler<ListWorkflowDefinitions, IReadOnlyList<WorkflowDefinitionRow>>
{
    public async ValueTask<IReadOnlyList<WorkflowDefinitionRow>> Handle(ListWorkflowDefinitions query, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(query.Actor);
        var versions = db.WorkflowDefinitions.AsNoTracking();
        if (query.FormId is { } formId)
        {
            var started = db.WorkflowTriggers.Where(t => t.Kind == TriggerKinds.FormSubmitted && t.Key == formId).Select(t => t.DefinitionId);
            versions = versions.Where(v => started.Contains(v.DefinitionId));
        }
        var rows = await versions.Select(v => new { v.DefinitionId, v.Name, v.Version, v.IsPublished, v.CreatedAt }).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(v => v.DefinitionId).Select(g =>
        {
            var latest = g.MaxBy(v => v.Version)!;
            return new WorkflowDefinitionRow(g.Key, latest.Name, latest.Version, g.Where(v => v.IsPublished).Max(v => (int?)v.Version), g.Max(v => v.CreatedAt));
        }).OrderByDescending(r => r.ChangedAt)];
    }
}
