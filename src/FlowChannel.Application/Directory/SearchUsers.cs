using FlowChannel.Application.Common;
using Mediator;

namespace FlowChannel.Application.Directory;

/// <summary>Active users whose display name, user name or email contains <see cref="Term"/>, for member pickers.</summary>
public sealed record SearchUsers(Actor Actor, string? Term, int Take = 20) : IQuery<IReadOnlyList<ReferenceItem>>;

public sealed class SearchUsersHandler : IQueryHandler<SearchUsers, IReadOnlyList<ReferenceItem>>
{
    public ValueTask<IReadOnlyList<ReferenceItem>> Handle(SearchUsers query, CancellationToken cancellationToken) =>
        throw new NotImplementedException("The user search lands with the directory handlers.");
}
