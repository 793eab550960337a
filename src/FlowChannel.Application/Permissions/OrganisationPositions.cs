using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Permissions;

/// <summary>Looks up (once per request) the department and partner of the users a request acts for.</summary>
public sealed class OrganisationPositions(FlowChannelDbContext db)
{
    private readonly Dictionary<string, OrganisationPosition> _known = new(StringComparer.Ordinal);

    public async Task<OrganisationPosition> OfAsync(Actor actor, CancellationToken ct)
    {
        if (_known.TryGetValue(actor.UserId, out var known))
        {
            return known;
        }
        // Asked by every request that touches records: compiled.
        var user = await CompiledPerModel<Queries>.For(db).PositionOf(db, actor.UserId, ct);
        var tree = user?.DepartmentId is { } departmentId ? await SubtreeAsync(departmentId, ct) : [];
        return _known[actor.UserId] = new OrganisationPosition(actor.UserId, user?.DepartmentId, tree, user?.PartnerId);
    }

    private sealed class Queries
    {
        public readonly Func<FlowChannelDbContext, string, CancellationToken, Task<Position?>> PositionOf =
            EF.CompileAsyncQuery((FlowChannelDbContext db, string userId, CancellationToken _) =>
                db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new Position(u.DepartmentId, u.PartnerId)).FirstOrDefault());
    }

    private sealed record Position(Guid? DepartmentId, Guid? PartnerId);

    /// <summary>The department and its descendants; departments are few, so the tree is walked in memory.</summary>
    private async Task<IReadOnlyList<Guid>> SubtreeAsync(Guid root, CancellationToken ct)
    {
        var links = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.ParentId }).ToListAsync(ct);
        var children = links.Where(l => l.ParentId is not null).ToLookup(l => l.ParentId!.Value, l => l.Id);
        var tree = new List<Guid> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            // The visited check guards against a cycle an admin may have made by accident.
            tree.AddRange(children[tree[i]].Where(c => !tree.Contains(c)));
        }
        return tree;
    }
}
