using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>The caller's unfinished submissions, most recently saved first; optionally of one form.</summary>
public sealed record ListMyRecordDrafts(Actor Actor, string? FormId = null, int Take = 200) : IQuery<IReadOnlyList<RecordDraftSummary>>;

public sealed class ListMyRecordDraftsHandler(FlowChannelDbContext db) : IQueryHandler<ListMyRecordDrafts, IReadOnlyList<RecordDraftSummary>>
{
    public async ValueTask<IReadOnlyList<RecordDraftSummary>> Handle(ListMyRecordDrafts query, CancellationToken cancellationToken)
    {
        var drafts = db.RecordDrafts.AsNoTracking().Where(d => d.OwnerUserId == query.Actor.UserId);
        if (query.FormId is { } formId)
        {
            drafts = drafts.Where(d => d.FormId == formId);
        }
        return await drafts
            .OrderByDescending(d => d.UpdatedAt)
            .Take(Math.Clamp(query.Take, 1, 1000))
            .Select(d => new RecordDraftSummary(d.Id, d.FormId, d.FormVersion, d.Title, d.CreatedAt, d.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
