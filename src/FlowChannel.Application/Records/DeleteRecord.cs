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
        await RecordRemoval.DeleteAsync(db, audit, webhooks, command.Actor, record, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Marks one record deleted: shared by a single delete and a batch delete so both refuse and release the same way.</summary>
internal static class RecordRemoval
{
    public static async Task DeleteAsync(FlowChannelDbContext db, AuditTrail audit, Webhooks.WebhookDispatcher webhooks, Actor actor,
        FormRecord record, CancellationToken ct)
    {
        if (record.Status == RecordStatuses.InReview)
        {
            throw new ConflictException($"The record {record.Id} is in review; end its flow before deleting it.");
        }
        record.DeletedAt = DateTime.UtcNow;
        record.DeletedByUserId = actor.UserId;
        await db.RecordUniqueValues.Where(u => u.RecordId == record.Id).ExecuteDeleteAsync(ct);
        await webhooks.RecordEventAsync(Webhooks.WebhookEvents.RecordDeleted, record, ct);
        audit.Write(actor, History.RecordHistoryDetail.Deleted, "Record", record.Id.ToString(), record.FormId);
    }
}
