using FlowChannel.Persistence.Bulk;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowChannel.Persistence.Sqlite;

/// <summary>
/// SQLite has no bulk-load protocol; the fast path is one INSERT prepared once per table and run per row inside the
/// open transaction, where each run is a few microseconds of in-process work (EF's save re-prepares every statement).
/// </summary>
public sealed class SqliteBulkInserter : IBulkInserter
{
    public Task InsertAsync<TEntity>(FlowChannelDbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken ct)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return Task.CompletedTask;
        }
        var table = BulkTable.For<TEntity>(db);
        var transaction = BulkTable.RequireTransaction(db);
        var sql = db.GetService<ISqlGenerationHelper>();
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = InsertSql(table, sql);
        // Each parameter is made by the column's EF type mapping, so it binds as EF binds it (e.g. a Guid as upper-case text).
        var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(command, "$p" + i, null, c.IsNullable)).ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ValueOf(row) ?? DBNull.Value;
            }
            // Synchronous on purpose: Microsoft.Data.Sqlite's async calls run synchronously anyway, plus a task per row.
            command.ExecuteNonQuery();
        }
        return Task.CompletedTask;
    }

    public static string InsertSql(BulkTable table, ISqlGenerationHelper sql) =>
        $"INSERT INTO {BulkSql.Table(table, sql)} ({BulkSql.ColumnList(table, sql)}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i))})";
}
