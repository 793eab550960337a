using FlowChannel.Application.Common;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks;

/// <summary>The caller's inbox: open tasks by default, or the ones they completed.</summary>
public sealed record ListTasks(Actor Actor, string Status = TaskStatuses.Open, int Take = 200) : IQuery<IReadOnlyList<TaskView>>;

public sealed class ListTasksHandler(FlowChannelDbContext db) : IQueryHandler<ListTasks, IReadOnlyList<TaskView>>
{
    public async ValueTask<IReadOnlyList<TaskView>> Handle(ListTasks query, CancellationToken cancellationToken)
    {
        var status = query.Status.ToLowerInvariant();
        if (status is not (TaskStatuses.Open or TaskStatuses.Completed or TaskStatuses.Cancelled))
        {
            throw new BadRequestException($"Unknown task status '{query.Status}'; use open, completed or cancelled.");
        }
        var tasks = await TaskAccess.Visible(db.WorkflowTasks.AsNoTracking(), query.Actor)
            .Where(t => t.Status == status)
            .OrderByDescending(t => t.CreatedAt)
            .Take(Math.Clamp(query.Take, 1, 1000))
            .ToListAsync(cancellationToken);
        return tasks.Select(TaskView.From).ToList();
    }
}
