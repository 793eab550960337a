using FlowChannel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Application.Common;

/// <summary>
/// Every command runs in one database transaction and is committed once, here; handlers never call
/// SaveChanges. A concurrent writer that won first surfaces as <see cref="ConflictException"/>.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(FlowChannelDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    /// <summary>Runs of an <see cref="IRetriedOnConflict"/> command before its conflict reaches the caller.</summary>
    private const int Attempts = 3;

    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(message, next, cancellationToken);
            }
            catch (DbUpdateConcurrencyException e) when (message is IRetriedOnConflict && attempt < Attempts && OnlyWorkflowRows(e))
            {
                // Someone else's write won; running again reads what they wrote and decides afresh. A short random wait
                // keeps a crowd of approvers of one round from colliding again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 60) * attempt), cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("Someone else changed this item at the same time; reload and try again.");
            }
            catch (DbUpdateException e) when (attempt < Attempts && e.Entries.Any(entry => entry.Entity is Persistence.Entities.RecordFactSlot))
            {
                // Two saves gave a form's new field a dashboard slot at once (possible on the server databases, where
                // the slot map is read without a write lock): the loser runs again and finds the winner's slot.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 30) * attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Only a lost race on an instance or a task is retried: a record someone else edited meanwhile must not be
    /// overwritten with what this command read before their edit.
    /// </summary>
    private static bool OnlyWorkflowRows(DbUpdateConcurrencyException e) =>
        e.Entries.All(entry => entry.Entity is Persistence.Entities.WorkflowInstance or Persistence.Entities.WorkflowTask);

    private async ValueTask<TResponse> RunOnceAsync(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // The execution strategy owns the transaction so that SQL Server's retrying strategy can replay it whole.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            // On SQLite this is BEGIN IMMEDIATE: writers queue here instead of failing later with SQLITE_BUSY.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var response = await next(message, ct);
            await SaveAsync(ct);
            await transaction.CommitAsync(ct);
            return response;
        }, cancellationToken);
    }

    /// <summary>
    /// The one save. On SQLite without EF's savepoint around it (two statements of every command): a failed save is
    /// never followed by more work in this transaction, which is rolled back whole, so the savepoint protects nothing.
    /// Kept on the server databases, where turning it off made the PostgreSQL concurrency tests fail.
    /// </summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        var sqlite = db.Database.ProviderName == SqliteProviderName;
        db.Database.AutoSavepointsEnabled = !sqlite;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
    }
}

/// <summary>
/// A command whose lost race is worth running again rather than reporting: it re-reads what the winner wrote, so it
/// either still applies (another approver of the same round acted at the same moment) or fails on its own checks.
/// </summary>
public interface IRetriedOnConflict;
