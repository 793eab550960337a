using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;

namespace FlowChannel.Application.Records;

/// <summary>Throw away one of the caller's own drafts.</summary>
public sealed record DeleteRecordDraft(Actor Actor, Guid DraftId) : ICommand;

public sealed class DeleteRecordDraftHandler(FlowChannelDbContext db) : ICommandHandler<DeleteRecordDraft>
{
    public async ValueTask<Unit> Handle(DeleteRecordDraft command, CancellationToken cancellationToken)
    {
        db.RecordDrafts.Remove(await RecordDrafts.FindOwnAsync(db, command.Actor, command.DraftId, cancellationToken));
        return Unit.Value;
    }
}
