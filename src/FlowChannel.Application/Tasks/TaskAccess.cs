using FlowChannel.Application.Common;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Application.Tasks;

/// <summary>A task belongs to its assignee, or to every member of its role.</summary>
public static class TaskAccess
{
    public static bool CanAct(Actor actor, WorkflowTask task) =>
        actor.IsAdmin
        || (task.AssigneeUserId is not null && task.AssigneeUserId == actor.UserId)
        || (task.AssigneeUserId is null && task.Role is not null && actor.IsInRole(task.Role));

    public static IQueryable<WorkflowTask> Visible(IQueryable<WorkflowTask> tasks, Actor actor)
    {
        if (actor.IsAdmin)
        {
            return tasks;
        }
        var roles = actor.Roles.ToList();
        return tasks.Where(t => t.AssigneeUserId == actor.UserId
            || (t.AssigneeUserId == null && t.Role != null && roles.Contains(t.Role))
            || t.CompletedByUserId == actor.UserId);
    }
}
