using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Workflows;

/// <summary>
/// The task rows this unit of work has already read, so that later parts of one step do not read them again: an
/// approval round (every task of one bookmark) and an instance's open and waiting tasks as stored. Scoped.
/// </summary>
/// <remarks>
/// A memo answers exactly what its query would: queries return stored rows only, tracked rows come back as the
/// objects already tracked, and nothing is saved before the unit of work ends. A memo is only used in the transaction
/// it was read in and while its rows are still tracked: a command run again after a lost race starts a new
/// transaction with a cleared change tracker, and reads afresh. Outside a transaction nothing is remembered.
/// </remarks>
public sealed class LoadedTasks(FlowChannelDbContext db)
{
    private readonly Dictionary<string, List<WorkflowTask>> _rounds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (WorkflowTask Anchor, List<WorkflowTask> Open)> _openByInstance = new(StringComparer.Ordinal);
    private object? _readIn;

    /// <summary>
    /// A task, tracked, read in one query with the rest of its round and its instance's open and waiting tasks, which
    /// the step that acts on it needs next; null when there is no such task.
    /// </summary>
    public async Task<WorkflowTask?> TaskWithRoundAsync(Guid taskId, CancellationToken ct)
    {
        var rows = await WorkflowQueries.TaskNeighboursAsync(db, taskId, ct);
        Forget();
        var task = rows.Find(t => t.Id == taskId);
        if (task is null)
        {
            return null;
        }

        _rounds[task.BookmarkId] = rows.FindAll(t => t.BookmarkId == task.BookmarkId);
        _openByInstance[task.InstanceId] = (task, rows.FindAll(StoredOpen));
        return task;
    }

    /// <summary>The tasks of one round (bookmark), tracked.</summary>
    public async Task<List<WorkflowTask>> RoundAsync(string bookmarkId, CancellationToken ct)
    {
        if (_rounds.TryGetValue(bookmarkId, out var round) && Current(round[0]))
        {
            return [.. round];
        }

        round = await WorkflowQueries.RoundAsync(db, bookmarkId, ct);
        Forget();
        if (round.Count > 0)
        {
            _rounds[bookmarkId] = round;
        }

        return [.. round];
    }

    /// <summary>An instance's open and waiting tasks as stored (not as changed in this unit of work), tracked.</summary>
    public async Task<List<WorkflowTask>> OpenTasksAsync(string instanceId, CancellationToken ct) =>
        _openByInstance.TryGetValue(instanceId, out var memo) && Current(memo.Anchor)
            ? [.. memo.Open]
            : await WorkflowQueries.OpenTasksAsync(db, instanceId, ct);

    private bool StoredOpen(WorkflowTask task) =>
        db.Entry(task).OriginalValues.GetValue<string>(nameof(WorkflowTask.Status)) is TaskStatuses.Open or TaskStatuses.Waiting;

    /// <summary>Drops what was read in another transaction (or outside one), before remembering a new read.</summary>
    private void Forget()
    {
        var transaction = db.Database.CurrentTransaction;
        if (transaction is null || !ReferenceEquals(transaction, _readIn))
        {
            _rounds.Clear();
            _openByInstance.Clear();
            _readIn = transaction;
        }
    }

    private bool Current(WorkflowTask anchor) =>
        db.Database.CurrentTransaction is { } transaction && ReferenceEquals(transaction, _readIn)
        && db.Entry(anchor).State != EntityState.Detached;
}
