using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Dashboards.Store;

/// <summary>Every dashboard, by id. Anyone signed in may list them: each widget still shows only what its viewer may see.</summary>
public sealed record ListDashboards : IQuery<IReadOnlyList<DashboardSummary>>;

public sealed class ListDashboardsHandler(FlowChannelDbContext db) : IQueryHandler<ListDashboards, IReadOnlyList<DashboardSummary>>
{
    public async ValueTask<IReadOnlyList<DashboardSummary>> Handle(ListDashboards request, CancellationToken cancellationToken)
    {
        var rows = await db.Dashboards.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (Row: r, Parsed: DashboardParser.Parse(r.DefinitionJson)))
            .Where(x => x.Parsed.IsValid)
            .Select(x => new DashboardSummary(x.Row.Id, x.Parsed.Definition!.Title, x.Row.Version, x.Row.PackId, x.Row.IsCustomised))];
    }
}
