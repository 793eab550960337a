using System.Collections.Concurrent;
using FlowChannel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Webhooks;

/// <summary>An active webhook as the dispatcher needs it.</summary>
public sealed record WebhookSubscription(Guid Id, IReadOnlyList<string> Events, string PermissionSetKey);

/// <summary>
/// The active webhooks of each form, kept for a short while: every submission asks, and almost every form has none,
/// so the answer is not read from the database each time. A change on this node is seen at once (the use cases
/// <see cref="Forget"/> the form); one made on another node within <see cref="Freshness"/>.
/// </summary>
public sealed class WebhookSubscriptions(TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (DateTimeOffset At, IReadOnlyList<WebhookSubscription> Hooks)> _byForm = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<WebhookSubscription>> ForFormAsync(FlowChannelDbContext db, string formId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_byForm.TryGetValue(formId, out var known) && now - known.At < Freshness)
        {
            return known.Hooks;
        }
        var rows = await db.Webhooks.AsNoTracking().Where(w => w.FormId == formId && w.IsActive)
            .Select(w => new { w.Id, w.Events, w.PermissionSetKey }).ToListAsync(ct);
        IReadOnlyList<WebhookSubscription> hooks = [.. rows.Select(w => new WebhookSubscription(w.Id, WebhookEvents.Parse(w.Events), w.PermissionSetKey))];
        _byForm[formId] = (now, hooks);
        return hooks;
    }

    public void Forget(string formId) => _byForm.TryRemove(formId, out _);
}
