using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Webhooks;

/// <summary>The webhooks of one form, or of every form when <see cref="FormId"/> is null.</summary>
public sealed record ListWebhooks(Actor Actor, string? FormId = null) : IQuery<IReadOnlyList<WebhookView>>;

public sealed class ListWebhooksHandler(FlowChannelDbContext db) : IQueryHandler<ListWebhooks, IReadOnlyList<WebhookView>>
{
    public async ValueTask<IReadOnlyList<WebhookView>> Handle(ListWebhooks query, CancellationToken cancellationToken)
    {
        WebhookAccess.Check(query.Actor);
        var rows = await db.Webhooks.AsNoTracking()
            .Where(w => query.FormId == null || w.FormId == query.FormId)
            .OrderBy(w => w.FormId).ThenBy(w => w.Name)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(WebhookView.From)];
    }
}
