using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Organisation.Departments;

/// <summary>Every department, inactive ones included, ordered by path, with its head and count of active members.</summary>
public sealed record ListDepartments(Actor Actor) : IQuery<IReadOnlyList<DepartmentNode>>;

public sealed class ListDepartmentsHandler(FlowChannelDbContext db) : IQueryHandler<ListDepartments, IReadOnlyList<DepartmentNode>>
{
    public async ValueTask<IReadOnlyList<DepartmentNode>> Handle(ListDepartments query, CancellationToken cancellationToken)
    {
        AdminOnly.Check(query.Actor);
        var org = await OrganisationSnapshot.LoadAsync(db, cancellationToken);
        var members = await db.Users.AsNoTracking().Where(u => u.DepartmentId != null && u.DisabledAt == null)
            .GroupBy(u => u.DepartmentId).Select(g => new { Id = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, cancellationToken);
        var headIds = org.Departments.Select(d => d.HeadUserId).OfType<string>().Distinct().ToList();
        var heads = await db.Users.AsNoTracking().Where(u => headIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id, cancellationToken);
        return org.Departments
            .Select(d => new DepartmentNode(d.Id, d.Name, d.NameEn, d.ParentId, org.PathOf(d), d.HeadUserId,
                d.HeadUserId is { } h ? heads.GetValueOrDefault(h) : null, d.IsActive, d.SortOrder, members.GetValueOrDefault(d.Id)))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
    }
}
