using System.Collections.Concurrent;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// The queries every workflow step runs, compiled once. EF otherwise rebuilds each query's expression tree, extracts
/// its parameters and looks up its cache entry on every execution, which for these short statements costs more
/// than SQLite answering them. Tracking is as in the queries they replace.
/// A compiled query is bound to the model it first ran with, so one set is compiled per model: a process may hold
/// several (tests run SQLite and PostgreSQL side by side).
/// </summary>
internal static class WorkflowQueries
{
    private static readonly ConcurrentDictionary<IModel, Compiled> ByModel = new();

    private static Compiled For(FlowChannelDbContext db) => ByModel.GetOrAdd(db.Model, static _ => new Compiled());

    private sealed class Compiled
    {
        public readonly Func<FlowChannelDbContext, Guid, CancellationToken, Task<WorkflowTask?>> TaskById =
            EF.CompileAsyncQuery((FlowChannelDbContext db, Guid id, CancellationToken _) => db.WorkflowTasks.FirstOrDefault(t => t.Id == id));

        public readonly Func<FlowChannelDbContext, string, CancellationToken, Task<WorkflowInstance?>> InstanceById =
            EF.CompileAsyncQuery((FlowChannelDbContext db, string id, CancellationToken _) => db.WorkflowInstances.FirstOrDefault(i => i.Id == id));

        public readonly Func<FlowChannelDbContext, Guid, CancellationToken, Task<WorkflowInstance?>> InstanceOfTask =
            EF.CompileAsyncQuery((FlowChannelDbContext db, Guid taskId, CancellationToken _) =>
                db.WorkflowInstances.FirstOrDefault(i => i.Id == db.WorkflowTasks.Where(t => t.Id == taskId).Select(t => t.InstanceId).FirstOrDefault()));

        public readonly Func<FlowChannelDbContext, string, IAsyncEnumerable<WorkflowTask>> TasksOfBookmark =
            EF.CompileAsyncQuery((FlowChannelDbContext db, string bookmarkId) => db.WorkflowTasks.Where(t => t.BookmarkId == bookmarkId));

        // The instance's and the round's ids as scalar subqueries, so the instance index finds the rows.
        public readonly Func<FlowChannelDbContext, Guid, IAsyncEnumerable<WorkflowTask>> TaskNeighbours =
            EF.CompileAsyncQuery((FlowChannelDbContext db, Guid id) =>
                db.WorkflowTasks.Where(t => t.InstanceId == db.WorkflowTasks.Where(x => x.Id == id).Select(x => x.InstanceId).FirstOrDefault()
                    && (t.BookmarkId == db.WorkflowTasks.Where(x => x.Id == id).Select(x => x.BookmarkId).FirstOrDefault()
                        || t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Waiting)));

        public readonly Func<FlowChannelDbContext, string, IAsyncEnumerable<WorkflowTask>> OpenTasksOfInstance =
            EF.CompileAsyncQuery((FlowChannelDbContext db, string instanceId) =>
                db.WorkflowTasks.Where(t => t.InstanceId == instanceId && (t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Waiting)));

        public readonly Func<FlowChannelDbContext, string, IAsyncEnumerable<WorkflowTrigger>> FormTriggers =
            EF.CompileAsyncQuery((FlowChannelDbContext db, string formId) =>
                db.WorkflowTriggers.AsNoTracking().Where(t => (t.Kind == TriggerKinds.FormSubmitted || t.Kind == TriggerKinds.RecordChanged) && t.Key == formId));

        public readonly Func<FlowChannelDbContext, string, IAsyncEnumerable<Approvals.Member>> RoleMembers =
            EF.CompileAsyncQuery((FlowChannelDbContext db, string normalizedRole) =>
                db.UserRoles.AsNoTracking()
                    .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalizedRole))
                    .Join(db.Users, ur => ur.UserId, u => u.Id, (ur, u) => u)
                    .OrderBy(u => u.Id)
                    .Select(u => new Approvals.Member(u.Id, u.LockoutEnd)));
    }

    /// <summary>A task, tracked.</summary>
    public static Task<WorkflowTask?> TaskAsync(FlowChannelDbContext db, Guid id, CancellationToken ct) => For(db).TaskById(db, id, ct);

    /// <summary>An instance, tracked.</summary>
    public static Task<WorkflowInstance?> InstanceAsync(FlowChannelDbContext db, string id, CancellationToken ct) => For(db).InstanceById(db, id, ct);

    /// <summary>The instance a task belongs to, tracked; null when there is no such task.</summary>
    public static Task<WorkflowInstance?> InstanceOfTaskAsync(FlowChannelDbContext db, Guid taskId, CancellationToken ct) =>
        For(db).InstanceOfTask(db, taskId, ct);

    /// <summary>The tasks made from one bookmark (one approval round), tracked.</summary>
    public static Task<List<WorkflowTask>> RoundAsync(FlowChannelDbContext db, string bookmarkId, CancellationToken ct) =>
        ToListAsync(For(db).TasksOfBookmark(db, bookmarkId), ct);

    /// <summary>A task with its round's tasks and its instance's open and waiting tasks, tracked (<see cref="LoadedTasks"/>).</summary>
    public static Task<List<WorkflowTask>> TaskNeighboursAsync(FlowChannelDbContext db, Guid id, CancellationToken ct) =>
        ToListAsync(For(db).TaskNeighbours(db, id), ct);

    /// <summary>An instance's open and waiting tasks as stored, tracked.</summary>
    public static Task<List<WorkflowTask>> OpenTasksAsync(FlowChannelDbContext db, string instanceId, CancellationToken ct) =>
        ToListAsync(For(db).OpenTasksOfInstance(db, instanceId), ct);

    /// <summary>The triggers that watch a form (submitted, record changed), untracked.</summary>
    public static Task<List<WorkflowTrigger>> FormTriggersAsync(FlowChannelDbContext db, string formId, CancellationToken ct) =>
        ToListAsync(For(db).FormTriggers(db, formId), ct);

    /// <summary>The members of a role (by normalized name) that exist as users, by id, with their lockout; untracked.</summary>
    public static Task<List<Approvals.Member>> RoleMembersAsync(FlowChannelDbContext db, string normalizedRole, CancellationToken ct) =>
        ToListAsync(For(db).RoleMembers(db, normalizedRole), ct);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            list.Add(row);
        }

        return list;
    }
}
