using FlowChannel.Application.Common;
using FlowChannel.Application.Records;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Partners;

/// <summary>Partner profiles; a partner's own users see only their own profile.</summary>
public sealed record ListPartners(Actor Actor, int Take = 1000) : IQuery<IReadOnlyList<RecordView>>;

public sealed class ListPartnersHandler(FlowChannelDbContext db) : IQueryHandler<ListPartners, IReadOnlyList<RecordView>>
{
    public const string ProfileFormId = "partner-profile";

    public async ValueTask<IReadOnlyList<RecordView>> Handle(ListPartners query, CancellationToken cancellationToken)
    {
        var records = await RecordAccess.Visible(db.FormRecords.AsNoTracking(), query.Actor)
            .Where(r => r.FormId == ProfileFormId)
            .OrderByDescending(r => r.CreatedAt)
            .Take(Math.Clamp(query.Take, 1, 5000))
            .ToListAsync(cancellationToken);
        return records.Select(RecordView.From).ToList();
    }
}
