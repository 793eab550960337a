using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Tasks.Inbox;

/// <summary>The rows of each inbox tab as one query over tasks or flows, joined to their record and instance in SQL.</summary>
internal sealed class InboxSources(FlowChannelDbContext db, Actor actor)
{
    public IQueryable<InboxItem> For(string tab) => tab switch
    {
        InboxTabs.Todo => Tasks(ActionableOpen()),
        InboxTabs.Processed => Tasks(db.WorkflowTasks.Where(t => t.CompletedByUserId == actor.UserId && t.Status == TaskStatuses.Completed)),
        InboxTabs.Started => Flows(db.FormRecords.Where(r => r.CreatedByUserId == actor.UserId && r.WorkflowInstanceId != null)),
        _ => Flows(db.FormRecords.Where(r => r.WorkflowInstanceId != null && db.Notifications.Any(n =>
            n.InstanceId == r.WorkflowInstanceId && n.RecipientUserId == actor.UserId && n.IsCopy))),
    };

    /// <summary>Open tasks the caller may act on: assigned to them, or to a role of theirs with no assignee (admins too: only their own).</summary>
    private IQueryable<WorkflowTask> ActionableOpen()
    {
        var roles = actor.Roles.ToList();
        return db.WorkflowTasks.Where(t => t.Status == TaskStatuses.Open
            && (t.AssigneeUserId == actor.UserId || (t.AssigneeUserId == null && t.Role != null && roles.Contains(t.Role))));
    }

    private IQueryable<InboxItem> Tasks(IQueryable<WorkflowTask> tasks) =>
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
            CompletedAt = t.CompletedAt,
        };

    private IQueryable<InboxItem> Flows(IQueryable<FormRecord> records) =>
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
