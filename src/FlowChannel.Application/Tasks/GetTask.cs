using FlowChannel.Application.Common;
using FlowChannel.Application.Records;
using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>A task with the record it is about, for the approver's task page.</summary>
public sealed record GetTask(Actor Actor, Guid TaskId) : IQuery<TaskDetails>;

public sealed record TaskDetails(TaskView Task, RecordView? Record, bool CanAct);

public sealed class GetTaskHandler(FlowChannelDbContext db) : IQueryHandler<GetTask, TaskDetails>
{
    public async ValueTask<TaskDetails> Handle(GetTask query, CancellationToken cancellationToken)
    {
        var task = await TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), query.Actor)
            .FirstOrDefaultAsync(t => t.Id == query.TaskId, cancellationToken)
            ?? throw new NotFoundException("Task", query.TaskId.ToString());
        var record = task.RecordId is { } recordId
            ? await db.FormRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordId, cancellationToken)
            : null;
        var canAct = task.Status == Persistence.Entities.TaskStatuses.Open && TaskAccess.CanAct(query.Actor, task);
        return new TaskDetails(TaskView.From(task), record is null ? null : RecordView.From(record), canAct);
    }
}
