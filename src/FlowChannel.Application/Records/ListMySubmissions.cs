using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>What the caller submitted, newest first, with each record's status and without fields hidden from them.</summary>
public sealed record ListMySubmissions(Actor Actor, int Take = 200) : IQuery<IReadOnlyList<RecordView>>;

public sealed class ListMySubmissionsHandler(FlowChannelDbContext db, RecordPermissions permissions) : IQueryHandler<ListMySubmissions, IReadOnlyList<RecordView>>
{
    public async ValueTask<IReadOnlyList<RecordView>> Handle(ListMySubmissions query, CancellationToken cancellationToken)
    {
        var records = await db.FormRecords.AsNoTracking()
            .Where(r => r.CreatedByUserId == query.Actor.UserId)
            .OrderByDescending(r => r.CreatedAt)
            .Take(Math.Clamp(query.Take, 1, 1000))
            .ToListAsync(cancellationToken);
        var views = new List<RecordView>(records.Count);
        foreach (var record in records)
        {
            var rights = await permissions.ForFormAsync(query.Actor, record.FormId, cancellationToken);
            views.Add(RecordView.From(record, rights));
        }
        return views;
    }
}
