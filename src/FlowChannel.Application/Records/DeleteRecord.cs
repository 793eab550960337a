using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>
/// Deletes a record (the <c>delete</c> action). The row is kept, marked deleted, so history stays whole and an admin can
/// restore it; its unique values are released for new records. A record in review is ended through its flow first.
/// </summary>
public sealed record DeleteRecord(Actor Actor, Guid RecordId) : ICommand;

public sealed class DeleteRecordHandler(FlowChannelDbContext db, RecordPermissions permissions, AuditTrail audit,
    Webhooks.WebhookDispatcher webhooks) : ICommandHandler<DeleteRecord>
{
    public async ValueTask<Unit> Handle(DeleteRecord command, CancellationToken cancellationToken)
    {
        var (record, _) = await permissions.FindAsync(command.Actor, command.RecordId, FormAction.Delete, cancellationToken, track: true);
        if (record.Status == RecordStatuses.InReview)
        {
            throw new ConflictException("The record is in review; end its flow before deleting it.");
        }
        record.DeletedAt = DateTime.UtcNow;
        record.DeletedByUserId = command.Actor.UserId;
        await db.RecordUniqueValues.Where(u => u.RecordId == record.Id).ExecuteDeleteAsync(cancellationToken);
        await webhooks.RecordEventAsync(Webhooks.WebhookEvents.RecordDeleted, record, cancellationToken);
        audit.Write(command.Actor, "record.delete", "Record", record.Id.ToString(), record.FormId);
        return Unit.Value;
    }
}
