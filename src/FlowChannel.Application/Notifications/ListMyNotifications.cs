using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Notifications;

/// <summary>The caller's in-app messages (workflow results and notices), newest first.</summary>
public sealed record ListMyNotifications(Actor Actor, int Take = 50) : IQuery<IReadOnlyList<NotificationView>>;

public sealed record NotificationView(Guid Id, string Subject, string Body, string? InstanceId, DateTime CreatedAt, DateTime? ReadAt, bool IsCopy = false);

public sealed class ListMyNotificationsHandler(FlowChannelDbContext db) : IQueryHandler<ListMyNotifications, IReadOnlyList<NotificationView>>
{
    public async ValueTask<IReadOnlyList<NotificationView>> Handle(ListMyNotifications query, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientUserId == query.Actor.UserId)
            .OrderByDescending(n => n.CreatedAt)
            .Take(Math.Clamp(query.Take, 1, 500))
            .Select(n => new NotificationView(n.Id, n.Subject, n.Body, n.InstanceId, n.CreatedAt, n.ReadAt, n.IsCopy))
            .ToListAsync(cancellationToken);
}
