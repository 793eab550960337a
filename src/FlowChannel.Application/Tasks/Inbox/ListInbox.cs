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
        var items = Filter(sources.For(query.Tab!), query, now);
        var total = await items.CountAsync(cancellationToken);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(query.Page, 1);
        var byDue = (query.Sort ?? (query.Tab == InboxTabs.Todo ? "due" : "newest")) == "due";
        var ordered = byDue
            ? items.OrderBy(i => i.DueAt == null).ThenBy(i => i.DueAt).ThenByDescending(i => i.CreatedAt)
            : items.OrderByDescending(i => i.CreatedAt);
        var rows = await ordered.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        await DescribeAsync(rows, request.Culture ?? CultureInfo.CurrentUICulture, now, cancellationToken);

        var counts = new InboxCounts(
            await sources.For(InboxTabs.Todo).CountAsync(cancellationToken),
            await sources.For(InboxTabs.Started).CountAsync(cancellationToken),
            await sources.For(InboxTabs.Processed).CountAsync(cancellationToken),
            await sources.For(InboxTabs.CopiedToMe).CountAsync(cancellationToken),
            await sources.For(InboxTabs.Todo).CountAsync(i => i.DueAt != null && i.DueAt < now, cancellationToken));
        return new InboxPage(counts, total, page, size, rows);
    }

    private static IQueryable<InboxItem> Filter(IQueryable<InboxItem> items, InboxQuery query, DateTime now)
    {
        if (query.FormId is { Length: > 0 } form)
        {
            items = items.Where(i => i.FormId == form);
        }
        if (query.WorkflowId is { Length: > 0 } workflow)
        {
            items = items.Where(i => i.WorkflowId == workflow);
        }
        if (query.SubmitterUserId is { Length: > 0 } submitter)
        {
            items = items.Where(i => i.SubmitterUserId == submitter);
        }
        if (query.PartnerId is { } partner)
        {
            items = items.Where(i => i.PartnerId == partner);
        }
        if (query.From is { } from)
        {
            items = items.Where(i => i.CreatedAt >= from);
        }
        if (query.To is { } to)
        {
            items = items.Where(i => i.CreatedAt < to);
        }
        if (query.OverdueOnly)
        {
            items = items.Where(i => i.DueAt != null && i.DueAt < now && i.CompletedAt == null);
        }
        foreach (var word in (query.Search ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            var term = word.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(…): the culture and comparison overloads do not translate
            items = items.Where(i => i.Title.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }
        return items;
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
