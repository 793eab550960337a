using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Notifications;

/// <summary>
/// Around the unit of work (registered before it, so it runs outside): notes whose notifications a command adds or
/// changes as they are saved, and signals those users' open pages once the command has committed. A command that
/// fails signals nobody.
/// </summary>
public sealed class NotificationSignalBehavior<TMessage, TResponse>(FlowChannelDbContext db, NotificationSignals signals)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var recipients = new HashSet<string>(StringComparer.Ordinal);
        void Collect(object? sender, SavingChangesEventArgs e)
        {
            foreach (var entry in db.ChangeTracker.Entries<Notification>().Where(n => n.State is EntityState.Added or EntityState.Modified))
            {
                recipients.Add(entry.Entity.RecipientUserId);
            }
        }

        db.SavingChanges += Collect;
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        finally
        {
            db.SavingChanges -= Collect;
        }
        if (recipients.Count > 0)
        {
            signals.Publish(recipients);
        }
        return response;
    }
}
