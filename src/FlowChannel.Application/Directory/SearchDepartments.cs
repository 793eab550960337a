using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Directory;

/// <summary>Active departments whose name (Chinese or English) contains <see cref="Term"/>, for department pickers.</summary>
public sealed record SearchDepartments(Actor Actor, string? Term, int Take = 20) : IQuery<IReadOnlyList<ReferenceItem>>;

public sealed class SearchDepartmentsHandler(FlowChannelDbContext db) : IQueryHandler<SearchDepartments, IReadOnlyList<ReferenceItem>>
{
    public async ValueTask<IReadOnlyList<ReferenceItem>> Handle(SearchDepartments query, CancellationToken cancellationToken)
    {
        var departments = db.Departments.AsNoTracking().Where(d => d.IsActive);
        if (query.Term?.Trim() is { Length: > 0 } term)
        {
            var lower = term.ToLowerInvariant();
            // Translated to SQL LOWER(...) LIKE: no .NET culture or StringComparison applies inside the database.
#pragma warning disable CA1304, CA1311, CA1862
            departments = departments.Where(d => d.Name.ToLower().Contains(lower) || (d.NameEn != null && d.NameEn.ToLower().Contains(lower)));
#pragma warning restore CA1304, CA1311, CA1862
        }
        var found = await departments.OrderBy(d => d.SortOrder).ThenBy(d => d.Name)
            .Select(d => new { d.Id, d.Name, d.NameEn, Parent = db.Departments.Where(p => p.Id == d.ParentId).Select(p => p.Name).FirstOrDefault() })
            .Take(Math.Clamp(query.Take, 1, 100))
            .ToListAsync(cancellationToken);
        return found.Select(d => new ReferenceItem(d.Id.ToString(), DepartmentNames.For(d.Name, d.NameEn), d.Parent)).ToList();
    }
}
