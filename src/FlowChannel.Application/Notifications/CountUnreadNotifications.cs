using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Notifications;

/// <summary>How many of the caller's in-app messages are unread (the bell's badge).</summary>
public sealed record CountUnreadNotifications(Actor Actor) : IQuery<int>;

public sealed class CountUnreadNotificationsHandler(FlowChannelDbContext db) : IQueryHandler<CountUnreadNotifications, int>
{
    public async ValueTask<int> Handle(CountUnreadNotifications query, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking().CountAsync(n => n.RecipientUserId == query.Actor.UserId && n.ReadAt == null, cancellationToken);
}
