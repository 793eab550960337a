using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Organisation.Partners;

/// <summary>Every partner organisation, for the user admin's partner picker and filter.</summary>
public sealed record ListPartnerChoices(Actor Actor) : IQuery<IReadOnlyList<PartnerChoice>>;

public sealed class ListPartnerChoicesHandler(FlowChannelDbContext db) : IQueryHandler<ListPartnerChoices, IReadOnlyList<PartnerChoice>>
{
    public async ValueTask<IReadOnlyList<PartnerChoice>> Handle(ListPartnerChoices query, CancellationToken cancellationToken)
    {
        AdminOnly.Check(query.Actor);
        return await PartnerChoices.LoadAsync(db, cancellationToken);
    }
}
