using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Organisation.Users;

public sealed record GetUser(Actor Actor, string UserId) : IQuery<UserSummary>;

public sealed class GetUserHandler(FlowChannelDbContext db) : IQueryHandler<GetUser, UserSummary>
{
    public async ValueTask<UserSummary> Handle(GetUser query, CancellationToken cancellationToken)
    {
        AdminOnly.Check(query.Actor);
        return await UserViews.LoadAsync(db, query.UserId, cancellationToken);
    }
}
