using FlowChannel.Application.Common;
using FlowChannel.Application.Permissions;
using FlowChannel.Forms.Permissions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Records;

/// <summary>A page of a form's records that the caller's sets let them view, newest first, without hidden fields.</summary>
public sealed record ListRecords(Actor Actor, string FormId, int Page = 1, int PageSize = 50) : IQuery<RecordPage>;

/// <summary>A page of records and how many there are in all.</summary>
/// <param name="Total">How many records match; when <paramref name="TotalIsExact"/> is false, there are more than this.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Items">The records of the page.</param>
/// <param name="TotalIsExact">False when counting stopped early (a records grid over many matches).</param>
public sealed record RecordPage(int Total, int Page, int PageSize, IReadOnlyList<RecordView> Items, bool TotalIsExact = true);

public sealed class ListRecordsHandler(RecordPermissions permissions) : IQueryHandler<ListRecords, RecordPage>
{
    public const int MaxPageSize = 500;

    public async ValueTask<RecordPage> Handle(ListRecords query, CancellationToken cancellationToken)
    {
        var rights = await permissions.ForFormAsync(query.Actor, query.FormId, cancellationToken);
        if (!rights.Can(FormAction.View))
        {
            throw new ForbiddenException($"You may not view records of form '{query.FormId}'.");
        }
        var page = Math.Max(query.Page, 1);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var reachable = permissions.Reachable(permissions.Db.FormRecords.AsNoTracking(), rights, FormAction.View);
        var total = await reachable.CountAsync(cancellationToken);
        var records = await reachable.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new RecordPage(total, page, size, [.. records.Select(r => RecordView.From(r, rights))]);
    }
}
