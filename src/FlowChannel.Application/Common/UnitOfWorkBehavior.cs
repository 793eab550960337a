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
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        // The execution strategy owns the transaction so that SQL Server's retrying strategy can replay it whole.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            // On SQLite this is BEGIN IMMEDIATE: writers queue here instead of failing later with SQLITE_BUSY.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var response = await next(message, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                throw new ConflictException("Someone else changed this item at the same time; reload and try again.");
            }
            await transaction.CommitAsync(ct);
            return response;
        }, cancellationToken);
    }
}
