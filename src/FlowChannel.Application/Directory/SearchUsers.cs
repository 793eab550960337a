using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Directory;

/// <summary>Active users whose display name, user name or email contains <see cref="Term"/>, for member pickers.</summary>
public sealed record SearchUsers(Actor Actor, string? Term, int Take = 20) : IQuery<IReadOnlyList<ReferenceItem>>;

public sealed class SearchUsersHandler(FlowChannelDbContext db, TimeProvider clock) : IQueryHandler<SearchUsers, IReadOnlyList<ReferenceItem>>
{
    public async ValueTask<IReadOnlyList<ReferenceItem>> Handle(SearchUsers query, CancellationToken cancellationToken)
    {
        var take = Math.Clamp(query.Take, 1, 100);
        var users = db.Users.AsNoTracking();
        if (query.Term?.Trim() is { Length: > 0 } term)
        {
            var lower = term.ToLowerInvariant();
            // Translated to SQL LOWER(...) LIKE: no .NET culture or StringComparison applies inside the database.
#pragma warning disable CA1304, CA1311, CA1862
            users = users.Where(u => u.DisplayName.ToLower().Contains(lower) || u.UserName!.ToLower().Contains(lower)
                || (u.Email != null && u.Email.ToLower().Contains(lower)));
#pragma warning restore CA1304, CA1311, CA1862
        }
        if (!query.Actor.SeesAllPartners)
        {
            // A partner may pick employees and themselves, never discover another partner's users: neither anyone
            // in a partner role (partner admins included) nor anyone attached to a partner organisation.
            string[] partnerRoles = [RoleNames.Partner, RoleNames.PartnerAdmin];
            var partnerIds = from ur in db.UserRoles
                             join r in db.Roles on ur.RoleId equals r.Id
                             where partnerRoles.Contains(r.Name!)
                             select ur.UserId;
            users = users.Where(u => u.Id == query.Actor.UserId || (u.PartnerId == null && !partnerIds.Contains(u.Id)));
        }
        // Lockout is filtered in memory: SQLite cannot compare DateTimeOffset columns in SQL.
        var found = await users.OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.LockoutEnd, Department = db.Departments.Where(d => d.Id == u.DepartmentId).Select(d => d.Name).FirstOrDefault() })
            .Take(take * 2)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return found.Where(u => u.LockoutEnd is null || u.LockoutEnd <= now)
            .Take(take)
            .Select(u => new ReferenceItem(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id, u.Department))
            .ToList();
    }
}
