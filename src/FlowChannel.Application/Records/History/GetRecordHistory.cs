using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records.History;

/// <summary>
/// A record's history, oldest first: its creation, every change (who, when, each field's old and new value), deletion
/// and restore from the audit trail, and its workflow events (assigned, approved, commented…) from the flow's timeline.
/// Changes to fields hidden from the caller are left out, and an entry left with no visible change is dropped.
/// </summary>
public sealed record GetRecordHistory(Actor Actor, Guid RecordId) : IQuery<IReadOnlyList<RecordHistoryEntry>>;

/// <summary>One thing that happened to a record.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="Kind">created, updated, deleted, restored, or <c>workflow.</c> followed by the timeline action.</param>
/// <param name="UserId">Who; null for the system.</param>
/// <param name="UserName">Their display name.</param>
/// <param name="Changes">For an update: each changed field the caller may see, with its old and new value.</param>
/// <param name="Comment">For a workflow event: the comment written with it.</param>
public sealed record RecordHistoryEntry(DateTime At, string Kind, string? UserId, string? UserName, IReadOnlyList<FieldChange> Changes, string? Comment = null);

public sealed class GetRecordHistoryHandler(FlowChannelDbContext db, RecordPermissions permissions)
    : IQueryHandler<GetRecordHistory, IReadOnlyList<RecordHistoryEntry>>
{
    public async ValueTask<IReadOnlyList<RecordHistoryEntry>> Handle(GetRecordHistory request, CancellationToken cancellationToken)
    {
        var (record, rights) = await permissions.FindAsync(request.Actor, request.RecordId, FormAction.View, cancellationToken);
        var id = record.Id.ToString();
        var audit = await db.AuditLog.AsNoTracking()
            .Where(a => a.ObjectType == "Record" && a.ObjectId == id)
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var instances = await db.WorkflowTasks.AsNoTracking().Where(t => t.RecordId == record.Id)
            .Select(t => t.InstanceId).Distinct().ToListAsync(cancellationToken);
        if (record.WorkflowInstanceId is { } started && !instances.Contains(started))
        {
            instances.Add(started);
        }
        var timeline = await db.WorkflowTimeline.AsNoTracking().Where(t => instances.Contains(t.InstanceId)).ToListAsync(cancellationToken);

        var userIds = audit.Select(a => a.UserId).Append(record.CreatedByUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string? NameOf(string? user) => user is null ? null : names.GetValueOrDefault(user, user);

        var entries = new List<RecordHistoryEntry>
        {
            new(record.CreatedAt, "created", record.CreatedByUserId, NameOf(record.CreatedByUserId), []),
        };
        foreach (var a in audit)
        {
            var kind = a.Action switch
            {
                RecordHistoryDetail.Updated => "updated",
                RecordHistoryDetail.Deleted => "deleted",
                RecordHistoryDetail.Restored => "restored",
                _ => null,
            };
            if (kind is null)
            {
                continue;
            }
            var changes = RecordHistoryDetail.Read(a.Detail).Where(c => rights.Field(c.Field) != FieldRight.Hidden).ToList();
            if (kind == "updated" && changes.Count == 0)
            {
                continue;
            }
            entries.Add(new RecordHistoryEntry(a.At, kind, a.UserId, NameOf(a.UserId), changes));
        }
        entries.AddRange(timeline.Select(t => new RecordHistoryEntry(t.At, "workflow." + t.Action, t.ActorUserId, t.ActorName, [], t.Comment)));
        return [.. entries.OrderBy(e => e.At)];
    }
}
