using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Roles;

/// <summary>Every role: the built-in ones first in their usual order, then custom and pack roles by name.</summary>
public sealed record ListRoles(Actor Actor) : IQuery<IReadOnlyList<RoleSummary>>;

public sealed class ListRolesHandler(FlowChannelDbContext db) : IQueryHandler<ListRoles, IReadOnlyList<RoleSummary>>
{
    public async ValueTask<IReadOnlyList<RoleSummary>> Handle(ListRoles query, CancellationToken cancellationToken)
    {
        AdminOnly.Check(query.Actor);
        var roles = await db.Roles.AsNoTracking()
            .Select(r => new { r.Name, Users = db.UserRoles.Count(ur => ur.RoleId == r.Id) })
            .ToListAsync(cancellationToken);
        return roles
            .Select(r => new RoleSummary(r.Name!, RoleNames.All.Contains(r.Name!), r.Users))
            .OrderBy(r => r.BuiltIn ? RoleNames.All.ToList().IndexOf(r.Name) : int.MaxValue)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}
