using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Notifications;

/// <summary>
/// The caller's messages for the notification centre, newest first, each with where it leads: the caller's open task
/// of the instance it is about, else the record the instance runs for.
/// </summary>
public sealed record ListNotificationCentre(Actor Actor, bool UnreadOnly = false, int Take = 100) : IQuery<IReadOnlyList<NotificationItem>>;

public sealed record NotificationItem(Guid Id, string Subject, string Body, DateTime CreatedAt, DateTime? ReadAt, bool IsCopy,
    Guid? TaskId, Guid? RecordId, string? FormId);

public sealed class ListNotificationCentreHandler(FlowChannelDbContext db) : IQueryHandler<ListNotificationCentre, IReadOnlyList<NotificationItem>>
{
    public async ValueTask<IReadOnlyList<NotificationItem>> Handle(ListNotificationCentre query, CancellationToken cancellationToken)
    {
        var userId = query.Actor.UserId;
        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientUserId == userId && (!query.UnreadOnly || n.ReadAt == null))
            .OrderByDescending(n => n.CreatedAt)
            .Take(Math.Clamp(query.Take, 1, 500))
            .ToListAsync(cancellationToken);
        var instanceIds = rows.Where(n => n.InstanceId is not null).Select(n => n.InstanceId!).Distinct().ToList();
        var tasks = await db.WorkflowTasks.AsNoTracking()
            .Where(t => instanceIds.Contains(t.InstanceId) && t.AssigneeUserId == userId && t.Status == TaskStatuses.Open)
            .Select(t => new { t.InstanceId, t.Id }).ToListAsync(cancellationToken);
        var instances = await db.WorkflowInstances.AsNoTracking().Where(i => instanceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.CorrelationId }).ToListAsync(cancellationToken);
        var recordIds = instances.Select(i => Guid.TryParse(i.CorrelationId, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var records = await db.FormRecords.AsNoTracking().Where(r => recordIds.Contains(r.Id) && r.DeletedAt == null)
            .Select(r => new { r.Id, r.FormId }).ToListAsync(cancellationToken);

        return [.. rows.Select(n =>
        {
            var task = tasks.FirstOrDefault(t => t.InstanceId == n.InstanceId);
            var correlation = instances.FirstOrDefault(i => i.Id == n.InstanceId)?.CorrelationId;
            var record = records.FirstOrDefault(r => r.Id.ToString() == correlation);
            return new NotificationItem(n.Id, n.Subject, n.Body, n.CreatedAt, n.ReadAt, n.IsCopy, task?.Id, record?.Id, record?.FormId);
        })];
    }
}
