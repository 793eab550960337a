using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// The queries every workflow step runs, compiled once. EF otherwise rebuilds each query's expression tree, extracts
/// its parameters and looks up its cache entry on every execution, which for these short statements costs more
/// than SQLite answering them. Tracking is as in the queries they replace.
/// </summary>
internal static class WorkflowQueries
{
    private static readonly Func<FlowChannelDbContext, Guid, CancellationToken, Task<WorkflowTask?>> TaskById =
        EF.CompileAsyncQuery((FlowChannelDbContext db, Guid id, CancellationToken _) => db.WorkflowTasks.FirstOrDefault(t => t.Id == id));

    private static readonly Func<FlowChannelDbContext, string, CancellationToken, Task<WorkflowInstance?>> InstanceById =
        EF.CompileAsyncQuery((FlowChannelDbContext db, string id, CancellationToken _) => db.WorkflowInstances.FirstOrDefault(i => i.Id == id));

    private static readonly Func<FlowChannelDbContext, string, IAsyncEnumerable<WorkflowTask>> TasksOfBookmark =
        EF.CompileAsyncQuery((FlowChannelDbContext db, string bookmarkId) => db.WorkflowTasks.Where(t => t.BookmarkId == bookmarkId));

    private static readonly Func<FlowChannelDbContext, string, IAsyncEnumerable<WorkflowTask>> OpenTasksOfInstance =
        EF.CompileAsyncQuery((FlowChannelDbContext db, string instanceId) =>
            db.WorkflowTasks.Where(t => t.InstanceId == instanceId && (t.Status == TaskStatuses.Open || t.Status == TaskStatuses.Waiting)));

    private static readonly Func<FlowChannelDbContext, string, IAsyncEnumerable<WorkflowBookmark>> BookmarksOfInstance =
        EF.CompileAsyncQuery((FlowChannelDbContext db, string instanceId) => db.WorkflowBookmarks.Where(b => b.InstanceId == instanceId));

    private static readonly Func<FlowChannelDbContext, string, string, IAsyncEnumerable<WorkflowTrigger>> Triggers =
        EF.CompileAsyncQuery((FlowChannelDbContext db, string kind, string key) =>
            db.WorkflowTriggers.AsNoTracking().Where(t => t.Kind == kind && t.Key == key));

    /// <summary>A task, tracked.</summary>
    public static Task<WorkflowTask?> TaskAsync(FlowChannelDbContext db, Guid id, CancellationToken ct) => TaskById(db, id, ct);

    /// <summary>An instance, tracked.</summary>
    public static Task<WorkflowInstance?> InstanceAsync(FlowChannelDbContext db, string id, CancellationToken ct) => InstanceById(db, id, ct);

    /// <summary>The tasks made from one bookmark (one approval round), tracked.</summary>
    public static Task<List<WorkflowTask>> RoundAsync(FlowChannelDbContext db, string bookmarkId, CancellationToken ct) =>
        ToListAsync(TasksOfBookmark(db, bookmarkId), ct);

    /// <summary>An instance's open and waiting tasks as stored, tracked.</summary>
    public static Task<List<WorkflowTask>> OpenTasksAsync(FlowChannelDbContext db, string instanceId, CancellationToken ct) =>
        ToListAsync(OpenTasksOfInstance(db, instanceId), ct);

    /// <summary>An instance's bookmark index rows, tracked.</summary>
    public static Task<List<WorkflowBookmark>> BookmarksAsync(FlowChannelDbContext db, string instanceId, CancellationToken ct) =>
        ToListAsync(BookmarksOfInstance(db, instanceId), ct);

    /// <summary>The triggers of one kind and key, untracked.</summary>
    public static Task<List<WorkflowTrigger>> TriggersAsync(FlowChannelDbContext db, string kind, string key, CancellationToken ct) =>
        ToListAsync(Triggers(db, kind, key), ct);

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
