using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Outbox;

/// <summary>Messages waiting for delivery at <paramref name="Now"/>, oldest first.</summary>
public sealed record ListPendingOutbox(DateTime Now, int Take = 100) : IQuery<IReadOnlyList<Guid>>;

public sealed class ListPendingOutboxHandler(FlowChannelDbContext db) : IQueryHandler<ListPendingOutbox, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListPendingOutbox query, CancellationToken cancellationToken) =>
        await db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeliveredAt == null && m.AbandonedAt == null && m.NextAttemptAt <= query.Now)
            .OrderBy(m => m.NextAttemptAt)
            .Take(query.Take)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
}
