using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Workflows.Activities;
using FlowChannel.Workflows.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>Every stored version of a workflow definition, newest first, with what would block publishing it.</summary>
public sealed record ListWorkflowVersions(Actor Actor, string DefinitionId) : IQuery<IReadOnlyList<WorkflowVersionSummary>>;

public sealed class ListWorkflowVersionsHandler(FlowChannelDbContext db, ActivityRegistry registry)
    : IQueryHandler<ListWorkflowVersions, IReadOnlyList<WorkflowVersionSummary>>
{
    public async ValueTask<IReadOnlyList<WorkflowVersionSummary>> Handle(ListWorkflowVersions query, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(query.Actor);
        var versions = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == query.DefinitionId)
            .OrderByDescending(d => d.Version).ToListAsync(cancellationToken);
        if (versions.Count == 0)
        {
            throw new NotFoundException("Workflow definition", query.DefinitionId);
        }

        return [.. versions.Select(v => WorkflowVersions.Summary(v, ElsaJsonReader.Read(v.Json, registry)))];
    }
}
