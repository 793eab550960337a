using FlowChannel.Application.Common;
using FlowChannel.Application.Dashboards.Definitions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Dashboards.Store;

/// <summary>One dashboard's definition (404 when there is none).</summary>
public sealed record GetDashboard(string Id) : IQuery<StoredDashboard>;

public sealed class GetDashboardHandler(FlowChannelDbContext db) : IQueryHandler<GetDashboard, StoredDashboard>
{
    public async ValueTask<StoredDashboard> Handle(GetDashboard request, CancellationToken cancellationToken)
    {
        var row = await db.Dashboards.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Dashboard", request.Id);
        // Stored definitions were checked when saved; one that no longer reads is a fault of this server, not of the caller.
        var parsed = DashboardParser.Parse(row.DefinitionJson);
        var definition = parsed.Definition ?? throw new InvalidOperationException(
            $"The stored dashboard '{row.Id}' does not read: {parsed.Errors[0].Pointer} {parsed.Errors[0].Message}");
        return new StoredDashboard(definition, row.Version, row.PackId, row.IsCustomised);
    }
}
