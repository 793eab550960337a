using System.Globalization;
using FlowChannel.Application.Common;
using FlowChannel.Application.Forms;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks.Inbox;

/// <summary>
/// The inbox (工作台): one tab's page with every tab's count. Only the caller's own work shows: tasks they may act on or
/// completed, flows they started or were copied on. Filtering, search, sorting and paging run in the database.
/// </summary>
public sealed record ListInbox(Actor Actor, InboxQuery Query, CultureInfo? Culture = null) : IQuery<InboxPage>;

public sealed class ListInboxHandler(FlowChannelDbContext db, FormSchemaCache schemas, TimeProvider clock) : IQueryHandler<ListInbox, InboxPage>
{
    public const int MaxPageSize = 200;

    public async ValueTask<InboxPage> Handle(ListInbox request, CancellationToken cancellationToken)
    {
        var query = request.Query;
        if (!InboxTabs.All.Contains(query.Tab ?? ""))
        {
            throw new BadRequestException($"Unknown inbox tab '{query.Tab}'; use {string.Join(", ", InboxTabs.All)}.");
        }
        if (query.Sort is { } sort && sort is not ("due" or "newest"))
        {
            throw new BadRequestException($"Unknown inbox sort '{sort}'; use due or newest.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var sources = new InboxSources(db, request.Actor);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(query.Page, 1);
        var byDue = (query.Sort ?? (query.Tab == InboxTabs.Todo ? "due" : "newest")) == "due";
        int total;
        List<InboxItem> rows;
        if (InboxSources.IsTaskTab(query.Tab!))
        {
            var tasks = InboxConditions.Filter(db, sources.Tasks(query.Tab!), query, now);
            total = await tasks.CountAsync(cancellationToken);
            var ordered = byDue ? InboxConditions.ByDue(tasks) : tasks.OrderByDescending(t => t.CreatedAt);
            rows = await sources.Describe(ordered.Skip((page - 1) * size).Take(size)).ToListAsync(cancellationToken);
            rows = [.. byDue ? InboxConditions.ByDue(rows) : rows.OrderByDescending(r => r.CreatedAt)];
        }
        else
        {
            // Flows have no due time: both orders are newest first.
            var records = InboxConditions.Filter(db, sources.Flows(query.Tab!), query);
            total = await records.CountAsync(cancellationToken);
            var paged = records.OrderByDescending(r => r.CreatedAt).Skip((page - 1) * size).Take(size);
            rows = [.. (await sources.Describe(paged).ToListAsync(cancellationToken)).OrderByDescending(r => r.CreatedAt)];
        }
        await DescribeAsync(rows, request.Culture ?? CultureInfo.CurrentUICulture, now, cancellationToken);

        // The counts are of the unfiltered tabs, on the tasks and records alone.
        var unfiltered = query is { FormId: null or "", WorkflowId: null or "", SubmitterUserId: null or "", PartnerId: null, From: null, To: null,
            OverdueOnly: false } && string.IsNullOrWhiteSpace(query.Search);
        var counts = new InboxCounts(
            unfiltered && query.Tab == InboxTabs.Todo ? total : await sources.Tasks(InboxTabs.Todo).CountAsync(cancellationToken),
            unfiltered && query.Tab == InboxTabs.Started ? total : await sources.Flows(InboxTabs.Started).CountAsync(cancellationToken),
            unfiltered && query.Tab == InboxTabs.Processed ? total : await sources.Tasks(InboxTabs.Processed).CountAsync(cancellationToken),
            unfiltered && query.Tab == InboxTabs.CopiedToMe ? total : await sources.Flows(InboxTabs.CopiedToMe).CountAsync(cancellationToken),
            await sources.ActionableOpen().CountAsync(t => t.DueAt != null && t.DueAt < now, cancellationToken));
        return new InboxPage(counts, total, page, size, rows);
    }

    /// <summary>Names for the page: the submitter's display name, a flow's form title, and the overdue flag.</summary>
    private async Task DescribeAsync(List<InboxItem> rows, CultureInfo culture, DateTime now, CancellationToken ct)
    {
        var userIds = rows.Select(r => r.SubmitterUserId).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        foreach (var row in rows)
        {
            row.SubmitterName = row.SubmitterUserId is { } id && names.TryGetValue(id, out var name) ? name : null;
            row.Overdue = row.DueAt is { } due && due < now && row.CompletedAt is null && row.TaskId is not null;
            if (row.TaskId is null && row.FormId is { } formId)
            {
                row.Title = (await schemas.GetPublishedAsync(db, formId, ct)).Title.Resolve(culture);
            }
        }
    }
}
