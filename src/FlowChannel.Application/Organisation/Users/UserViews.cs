using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Users;

internal static class UserViews
{
    public static UserSummary Summary(FlowChannelUser u, OrganisationSnapshot org, IReadOnlyDictionary<string, List<string>> roles) => new(
        u.Id,
        u.UserName ?? u.Id,
        u.DisplayName,
        u.Email,
        u.Culture,
        u.DepartmentId,
        u.DepartmentId is { } d && org.DepartmentsById.TryGetValue(d, out var department) ? org.PathOf(department) : null,
        u.PartnerId,
        u.PartnerId is { } p && org.PartnersById.TryGetValue(p, out var partner) ? partner.Name : null,
        roles.TryGetValue(u.Id, out var mine) ? mine : [],
        u.DisabledAt is not null,
        u.CreatedAt);

    public static async Task<IReadOnlyDictionary<string, List<string>>> RolesByUserAsync(FlowChannelDbContext db, IReadOnlyList<string> userIds, CancellationToken ct)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Name!).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    public static async Task<UserSummary> LoadAsync(FlowChannelDbContext db, string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw new Common.NotFoundException("User", userId);
        var org = await OrganisationSnapshot.LoadAsync(db, ct);
        return Summary(user, org, await RolesByUserAsync(db, [userId], ct));
    }
}
