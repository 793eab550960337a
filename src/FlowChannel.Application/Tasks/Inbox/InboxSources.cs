using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Tasks.Inbox;

/// <summary>
/// The rows of each inbox tab: tasks (to do, processed) or flows (started, copied to me). Filtering, counting and paging
/// run on the tasks or records alone; the record and instance are joined only to the page being shown, so an approver
/// with thousands of tasks does not pay for joining all of them.
/// </summary>
internal sealed class InboxSources(FlowChannelDbContext db, Actor actor)
{
    public static bool IsTaskTab(string tab) => tab is InboxTabs.Todo or InboxTabs.Processed;

    /// <summary>Every row of a tab, described (for the filter choices, which read a few columns of all rows).</summary>
    public IQueryable<InboxItem> For(string tab) => IsTaskTab(tab) ? Describe(Tasks(tab)) : Describe(Flows(tab));

    /// <summary>The tasks of the to-do or processed tab.</summary>
    public IQueryable<WorkflowTask> Tasks(string tab) => tab == InboxTabs.Todo
        ? ActionableOpen()
        : db.WorkflowTasks.Where(t => t.CompletedByUserId == actor.UserId && t.Status == TaskStatuses.Completed);

    /// <summary>The records of the started or copied-to-me tab.</summary>
    public IQueryable<FormRecord> Flows(string tab) => tab == InboxTabs.Started
        ? db.FormRecords.Where(r => r.CreatedByUserId == actor.UserId && r.WorkflowInstanceId != null)
        : db.FormRecords.Where(r => r.WorkflowInstanceId != null && db.Notifications.Any(n =>
            n.InstanceId == r.WorkflowInstanceId && n.RecipientUserId == actor.UserId && n.IsCopy));

    /// <summary>Open tasks the caller may act on: assigned to them, or to a role of theirs with no assignee (admins too: only their own).</summary>
    public IQueryable<WorkflowTask> ActionableOpen()
    {
        var roles = actor.Roles.ToList();
        return roles.Count == 0
            // Without roles the condition is one index lookup; the role branch would make SQLite consider every open task.
            ? db.WorkflowTasks.Where(t => t.Status == TaskStatuses.Open && t.AssigneeUserId == actor.UserId)
            : db.WorkflowTasks.Where(t => t.Status == TaskStatuses.Open
                && (t.AssigneeUserId == actor.UserId || (t.AssigneeUserId == null && t.Role != null && roles.Contains(t.Role))));
    }

    public IQueryable<InboxItem> Describe(IQueryable<WorkflowTask> tasks) =>
        from t in tasks
        join r in db.FormRecords on t.RecordId equals r.Id into jr
        from r in jr.DefaultIfEmpty()
        join i in db.WorkflowInstances on t.InstanceId equals i.Id into ji
        from i in ji.DefaultIfEmpty()
        select new InboxItem
        {
            TaskId = t.Id,
            InstanceId = t.InstanceId,
            RecordId = t.RecordId,
            FormId = r.FormId,
            WorkflowId = i.DefinitionId,
            PartnerId = r.PartnerId,
            Title = t.Title,
            SubmitterUserId = i.InitiatorUserId,
            Status = t.Status,
            Outcome = t.Outcome,
            CreatedAt = t.CreatedAt,
            DueAt = t.DueAt,
            OverdueAction = t.OverdueAction,
            CompletedAt = t.CompletedAt,
        };

    public IQueryable<InboxItem> Describe(IQueryable<FormRecord> records) =>
        from r in records
        join i in db.WorkflowInstances on r.WorkflowInstanceId equals i.Id into ji
        from i in ji.DefaultIfEmpty()
        select new InboxItem
        {
            InstanceId = r.WorkflowInstanceId,
            RecordId = r.Id,
            FormId = r.FormId,
            WorkflowId = i.DefinitionId,
            PartnerId = r.PartnerId,
            // The form's title is filled in after the page is read.
            Title = r.FormId,
            SubmitterUserId = r.CreatedByUserId,
            Status = r.Status,
            CreatedAt = r.CreatedAt,
            CompletedAt = i.FinishedAt,
        };
}
