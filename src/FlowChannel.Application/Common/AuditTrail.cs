using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Common;

/// <summary>
/// Adds entries to the append-only audit log inside the current unit of work; saving links them into the log's hash
/// chain (<c>FlowChannel.Persistence.Audit</c>), so callers only say what happened.
/// </summary>
public sealed class AuditTrail(FlowChannelDbContext db)
{
    public void Write(Actor? actor, string action, string objectType, string? objectId, string? detail = null) =>
        db.AuditLog.Add(new AuditEntry
        {
            UserId = actor?.UserId,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            Detail = detail,
        });
}
