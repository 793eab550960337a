namespace FlowChannel.Persistence.Bulk;

/// <summary>
/// Inserts many new entities of one type without the change tracker, in the engine's fastest way, inside the
/// context's current transaction (which it demands: whoever began it commits or rolls back every row). Table,
/// columns and value conversions come from the EF model (<see cref="BulkTable"/>), so the rows are stored exactly as
/// SaveChanges would store them. Nothing the context does on save (versions, side tables, audit) happens here: callers
/// write those rows themselves (see <see cref="NewRecordRows"/>).
/// </summary>
public interface IBulkInserter
{
    Task InsertAsync<TEntity>(FlowChannelDbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken ct)
        where TEntity : class;
}
