using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows.Instances;

/// <summary>The ids of every stored workflow definition, for filtering the instance list (channel managers and admins).</summary>
public sealed record ListInstanceDefinitions(Actor Actor) : IQuery<IReadOnlyList<string>>;

public sealed class ListInstanceDefinitionsHandler(FlowChannelDbContext db) : IQueryHandler<ListInstanceDefinitions, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(ListInstanceDefinitions query, CancellationToken cancellationToken)
    {
        InstanceAdministration.EnsureStaff(query.Actor);
        return await db.WorkflowDefinitions.AsNoTracking().Select(d => d.DefinitionId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
    }
}
