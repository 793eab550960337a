using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Application.Records;
using FlowChannel.Forms.Permissions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Partners;

/// <summary>The partner profiles the caller's permission sets reach (a partner's own users: their own), newest first.</summary>
public sealed record ListPartners(Actor Actor, int Take = 1000) : IQuery<IReadOnlyList<RecordView>>;

public sealed class ListPartnersHandler(RecordPermissions permissions) : IQueryHandler<ListPartners, IReadOnlyList<RecordView>>
{
    public async ValueTask<IReadOnlyList<RecordView>> Handle(ListPartners query, CancellationToken cancellationToken)
    {
        var rights = await permissions.ForFormAsync(query.Actor, PartnerDirectory.ProfileFormId, cancellationToken);
        var records = await permissions.Reachable(permissions.Db.FormRecords.AsNoTracking(), rights, FormAction.View)
            .OrderByDescending(r => r.CreatedAt)
            .Take(Math.Clamp(query.Take, 1, 5000))
            .ToListAsync(cancellationToken);
        return records.Select(r => RecordView.From(r, rights)).ToList();
    }
}
