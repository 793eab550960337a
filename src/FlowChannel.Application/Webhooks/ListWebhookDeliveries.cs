using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Webhooks;

/// <summary>A webhook's delivery log, newest first: each delivery's state in the outbox and its attempts.</summary>
public sealed record ListWebhookDeliveries(Actor Actor, Guid WebhookId, int Page = 1, int PageSize = 50) : IQuery<WebhookDeliveryPage>;

public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryView> Items, int Total);

/// <summary><see cref="State"/> is pending, delivered or abandoned (given up after the last attempt).</summary>
public sealed record WebhookDeliveryView(Guid Id, string Event, Guid? RecordId, DateTime CreatedAt, string State, int Attempts,
    int? LastStatusCode, string? LastError, DateTime? NextAttemptAt, DateTime? DeliveredAt, DateTime? AbandonedAt, Guid? ResentFromId,
    IReadOnlyList<WebhookAttemptView> AttemptLog);

public sealed record WebhookAttemptView(int Attempt, DateTime At, int? StatusCode, string? Error, int DurationMs);

public sealed class ListWebhookDeliveriesHandler(FlowChannelDbContext db) : IQueryHandler<ListWebhookDeliveries, WebhookDeliveryPage>
{
    public async ValueTask<WebhookDeliveryPage> Handle(ListWebhookDeliveries query, CancellationToken cancellationToken)
    {
        WebhookAccess.Check(query.Actor);
        if (!await db.Webhooks.AnyAsync(w => w.Id == query.WebhookId, cancellationToken))
        {
            throw new NotFoundException("Webhook", query.WebhookId.ToString());
        }
        var size = Math.Clamp(query.PageSize, 1, 200);
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.WebhookId == query.WebhookId);
        var total = await deliveries.CountAsync(cancellationToken);
        var rows = await deliveries
            .OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id)
            .Skip((Math.Max(query.Page, 1) - 1) * size).Take(size)
            .Join(db.OutboxMessages, d => d.Id, m => m.Id, (d, m) => new { Delivery = d, Message = m })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Delivery.Id).ToList();
        var attempts = (await db.WebhookAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.DeliveryId);
        var items = rows.Select(r =>
        {
            var log = attempts[r.Delivery.Id].OrderBy(a => a.Attempt).ThenBy(a => a.At)
                .Select(a => new WebhookAttemptView(a.Attempt, a.At, a.StatusCode, a.Error, a.DurationMs)).ToList();
            var m = r.Message;
            var state = m.DeliveredAt is not null ? "delivered" : m.AbandonedAt is not null ? "abandoned" : "pending";
            return new WebhookDeliveryView(r.Delivery.Id, r.Delivery.Event, r.Delivery.RecordId, r.Delivery.CreatedAt, state, m.Attempts,
                log.LastOrDefault()?.StatusCode, m.LastError, state == "pending" ? m.NextAttemptAt : null, m.DeliveredAt, m.AbandonedAt,
                r.Delivery.ResentFromId, log);
        }).ToList();
        return new WebhookDeliveryPage(items, total);
    }
}
