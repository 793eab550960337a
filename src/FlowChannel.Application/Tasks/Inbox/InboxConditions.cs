using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Tasks.Inbox;

/// <summary>
/// An inbox query's filters and order as conditions on tasks or records themselves; what lives on the record or the
/// instance is asked with EXISTS, so counting and paging need no join.
/// </summary>
internal static class InboxConditions
{
    public static IQueryable<WorkflowTask> Filter(FlowChannelDbContext db, IQueryable<WorkflowTask> tasks, InboxQuery query, DateTime now)
    {
        if (query.FormId is { Length: > 0 } form)
        {
            tasks = tasks.Where(t => db.FormRecords.Any(r => r.Id == t.RecordId && r.FormId == form));
        }
        if (query.PartnerId is { } partner)
        {
            tasks = tasks.Where(t => db.FormRecords.Any(r => r.Id == t.RecordId && r.PartnerId == partner));
        }
        if (query.WorkflowId is { Length: > 0 } workflow)
        {
            tasks = tasks.Where(t => db.WorkflowInstances.Any(i => i.Id == t.InstanceId && i.DefinitionId == workflow));
        }
        if (query.SubmitterUserId is { Length: > 0 } submitter)
        {
            tasks = tasks.Where(t => db.WorkflowInstances.Any(i => i.Id == t.InstanceId && i.InitiatorUserId == submitter));
        }
        if (query.From is { } from)
        {
            tasks = tasks.Where(t => t.CreatedAt >= from);
        }
        if (query.To is { } to)
        {
            tasks = tasks.Where(t => t.CreatedAt < to);
        }
        if (query.OverdueOnly)
        {
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < now && t.CompletedAt == null);
        }
        foreach (var term in Terms(query))
        {
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(…): the culture and comparison overloads do not translate
            tasks = tasks.Where(t => t.Title.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }
        return tasks;
    }

    public static IQueryable<FormRecord> Filter(FlowChannelDbContext db, IQueryable<FormRecord> records, InboxQuery query)
    {
        if (query.FormId is { Length: > 0 } form)
        {
            records = records.Where(r => r.FormId == form);
        }
        if (query.PartnerId is { } partner)
        {
            records = records.Where(r => r.PartnerId == partner);
        }
        if (query.WorkflowId is { Length: > 0 } workflow)
        {
            records = records.Where(r => db.WorkflowInstances.Any(i => i.Id == r.WorkflowInstanceId && i.DefinitionId == workflow));
        }
        if (query.SubmitterUserId is { Length: > 0 } submitter)
        {
            records = records.Where(r => r.CreatedByUserId == submitter);
        }
        if (query.From is { } from)
        {
            records = records.Where(r => r.CreatedAt >= from);
        }
        if (query.To is { } to)
        {
            records = records.Where(r => r.CreatedAt < to);
        }
        if (query.OverdueOnly)
        {
            // Flows have no due time of their own: only tasks are overdue.
            records = records.Where(r => false);
        }
        foreach (var term in Terms(query))
        {
            // A flow's title is its form's; the form id is what the database holds of it.
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(…): the culture and comparison overloads do not translate
            records = records.Where(r => r.FormId.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }
        return records;
    }

    /// <summary>Soonest due first, tasks without a due time last, then newest.</summary>
    public static IOrderedQueryable<WorkflowTask> ByDue(IQueryable<WorkflowTask> tasks) =>
        tasks.OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenByDescending(t => t.CreatedAt);

    /// <summary>The same order for a page read back from the database, whose joins do not promise to keep it.</summary>
    public static IEnumerable<InboxItem> ByDue(IEnumerable<InboxItem> items) =>
        items.OrderBy(i => i.DueAt == null).ThenBy(i => i.DueAt).ThenByDescending(i => i.CreatedAt);

    private static IEnumerable<string> Terms(InboxQuery query) =>
        (query.Search ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8).Select(w => w.ToLowerInvariant());
}
