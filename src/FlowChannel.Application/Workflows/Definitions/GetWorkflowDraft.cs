using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>What the flow designer opens: the newest version's JSON as stored (a draft, or the published version).</summary>
public sealed record GetWorkflowDraft(Actor Actor, string DefinitionId, int? Version = null) : IQuery<WorkflowDraft>;

public sealed record WorkflowDraft(string DefinitionId, int Version, bool IsPublished, string Json);

public sealed class GetWorkflowDraftHandler(FlowChannelDbContext db) : IQueryHandler<GetWorkflowDraft, WorkflowDraft>
{
    public async ValueTask<WorkflowDraft> Handle(GetWorkflowDraft query, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(query.Actor);
        var versions = db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == query.DefinitionId);
        return await (query.Version is { } number ? versions.Where(d => d.Version == number) : versions.OrderByDescending(d => d.Version))
            .Select(d => new WorkflowDraft(d.DefinitionId, d.Version, d.IsPublished, d.Json)).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Workflow definition", query.DefinitionId);
    }
}
