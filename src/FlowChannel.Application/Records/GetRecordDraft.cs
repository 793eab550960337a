using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>One of the caller's own drafts, with its data.</summary>
public sealed record GetRecordDraft(Actor Actor, Guid DraftId) : IQuery<RecordDraftView>;

public sealed class GetRecordDraftHandler(FlowChannelDbContext db) : IQueryHandler<GetRecordDraft, RecordDraftView>
{
    public async ValueTask<RecordDraftView> Handle(GetRecordDraft query, CancellationToken cancellationToken) =>
        RecordDraftView.From(await RecordDrafts.FindOwnAsync(db.RecordDrafts.AsNoTracking(), query.Actor, query.DraftId, cancellationToken));
}
