using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Notifications;

/// <summary>Marks one of the caller's messages read, or all of them when <see cref="Id"/> is null; returns how many changed.</summary>
public sealed record MarkNotificationsRead(Actor Actor, Guid? Id = null) : ICommand<int>;

public sealed class MarkNotificationsReadHandler(FlowChannelDbContext db, TimeProvider clock) : ICommandHandler<MarkNotificationsRead, int>
{
    public async ValueTask<int> Handle(MarkNotificationsRead command, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.Where(n => n.RecipientUserId == command.Actor.UserId);
        if (command.Id is { } id)
        {
            // Someone else's message answers as a missing one.
            var one = await mine.FirstOrDefaultAsync(n => n.Id == id, cancellationToken) ?? throw new NotFoundException("Notification", id.ToString());
            mine = db.Notifications.Where(n => n.Id == one.Id);
        }
        // Loaded rather than updated in bulk, so the change is seen as saved and the user's other open pages hear of it.
        var unread = await mine.Where(n => n.ReadAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var notification in unread)
        {
            notification.ReadAt = now;
        }
        return unread.Count;
    }
}
