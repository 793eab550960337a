using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Records.Batch;

/// <summary>
/// Deletes many records (the <c>delete</c> action), all or nothing: one in review refuses the batch (409). Each stays
/// restorable by an admin within the retention period, like a single delete.
/// </summary>
public sealed record BatchDeleteRecords(Actor Actor, string FormId, IReadOnlyList<Guid> RecordIds) : ICommand<BatchResult>;

public sealed class BatchDeleteRecordsHandler(FlowChannelDbContext db, RecordPermissions permissions, AuditTrail audit,
    Webhooks.WebhookDispatcher webhooks)
    : ICommandHandler<BatchDeleteRecords, BatchResult>
{
    public async ValueTask<BatchResult> Handle(BatchDeleteRecords command, CancellationToken cancellationToken)
    {
        var rights = await permissions.ForFormAsync(command.Actor, command.FormId, cancellationToken);
        var records = await BatchRecords.FindAsync(permissions, rights, command.RecordIds, FormAction.Delete, cancellationToken);
        foreach (var record in records)
        {
            await RecordRemoval.DeleteAsync(db, audit, webhooks, command.Actor, record, cancellationToken);
        }
        return new BatchResult(records.Count);
    }
}
