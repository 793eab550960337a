using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Directory;

/// <summary>Active departments whose name contains <see cref="Term"/>, for department pickers.</summary>
public sealed record SearchDepartments(Actor Actor, string? Term, int Take = 20) : IQuery<IReadOnlyList<ReferenceItem>>;

public sealed class SearchDepartmentsHandler : IQueryHandler<SearchDepartments, IReadOnlyList<ReferenceItem>>
{
    public ValueTask<IReadOnlyList<ReferenceItem>> Handle(SearchDepartments query, CancellationToken cancellationToken) =>
        throw new NotImplementedException("The department search lands with the Department table.");
}
