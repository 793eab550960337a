using FlowChannel.Application.Workflows.Approvals;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Tasks.Delegation;

/// <summary>
/// Hands the tasks of a round being opened to their assignees' out-of-office delegates. One level only: a delegate's own
/// delegation is not followed, so a chain never goes further and two people delegating to each other cannot loop.
/// </summary>
public sealed class TaskDelegations(FlowChannelDbContext db, Timeline timeline, TimeProvider clock)
{
    /// <summary>Reassigns each undecided approval task whose assignee is away now; the timeline says from whom.</summary>
    public async Task ApplyAsync(WorkflowInstance instance, IReadOnlyList<WorkflowTask> round, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var assignees = round.Where(Undecided).Select(t => t.AssigneeUserId!).Distinct().ToList();
        if (assignees.Count == 0)
        {
            return;
        }
        var away = await db.TaskDelegations.AsNoTracking()
            .Where(d => assignees.Contains(d.UserId) && d.StartsAt <= now && d.EndsAt > now)
            .ToDictionaryAsync(d => d.UserId, d => d.DelegateUserId, ct);
        if (away.Count == 0)
        {
            return;
        }
        var names = await db.Users.AsNoTracking().Where(u => away.Keys.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? u.Id, ct);
        foreach (var task in round.Where(Undecided))
        {
            var from = task.AssigneeUserId!;
            // The submitter never decides on their own request, and nobody gets two tasks in one round.
            if (!away.TryGetValue(from, out var to) || to == instance.InitiatorUserId || round.Any(t => t.AssigneeUserId == to))
            {
                continue;
            }
            task.AssigneeUserId = to;
            var name = names.GetValueOrDefault(from, from);
            timeline.Add(task, TimelineActions.Delegated, from, name, $"Delegated from {name} (out of office).", to);
        }
    }

    private static bool Undecided(WorkflowTask t) =>
        t.Kind == TaskKinds.Approval && t.AssigneeUserId is not null && t.Status is TaskStatuses.Open or TaskStatuses.Waiting;
}
