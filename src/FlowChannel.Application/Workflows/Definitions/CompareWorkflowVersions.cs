using System.Text.Json.Nodes;
using FlowChannel.Application.Common;
using FlowChannel.Application.Workflows.Definitions.Changes;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Definitions;

/// <summary>
/// What changed in a stored version against <see cref="Against"/>, by default against the newest published version
/// below it (what ran before it, or what a draft would replace), else the version just below it; the first version
/// lists everything as added. For the same people as the versions list: designers and admins.
/// </summary>
public sealed record CompareWorkflowVersions(Actor Actor, string DefinitionId, int Version, int? Against = null) : IQuery<WorkflowChangeList>;

public sealed class CompareWorkflowVersionsHandler(FlowChannelDbContext db) : IQueryHandler<CompareWorkflowVersions, WorkflowChangeList>
{
    public async ValueTask<WorkflowChangeList> Handle(CompareWorkflowVersions query, CancellationToken cancellationToken)
    {
        WorkflowDefinitionAccess.EnsureDesigner(query.Actor);
        var newer = await JsonAsync(query.DefinitionId, query.Version, cancellationToken);
        var below = db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == query.DefinitionId && d.Version < query.Version);
        var against = query.Against
            ?? await below.Where(d => d.IsPublished).MaxAsync(d => (int?)d.Version, cancellationToken)
            ?? await below.MaxAsync(d => (int?)d.Version, cancellationToken);
        var older = against is { } number ? await JsonAsync(query.DefinitionId, number, cancellationToken) : null;
        return WorkflowChanges.Compare(query.DefinitionId, query.Version, against, older, newer);
    }

    private async Task<JsonObject> JsonAsync(string definitionId, int version, CancellationToken ct)
    {
        var json = await db.WorkflowDefinitions.AsNoTracking().Where(d => d.DefinitionId == definitionId && d.Version == version)
            .Select(d => d.Json).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Workflow definition", $"{definitionId} v{version}");
        return JsonNode.Parse(json) as JsonObject ?? [];
    }
}
