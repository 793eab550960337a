using FlowChannel.Persistence.Bulk;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace FlowChannel.Persistence.PostgreSql;

/// <summary>
/// Binary COPY on the context's connection: COPY runs in the connection's open transaction, so its rows commit or roll
/// back with the rest of the unit of work. Each value is sent as the column's PostgreSQL type from the EF model.
/// </summary>
public sealed class PostgreSqlBulkInserter : IBulkInserter
{
    public async Task InsertAsync<TEntity>(FlowChannelDbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken ct)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var table = BulkTable.For<TEntity>(db);
        var connection = (NpgsqlConnection)BulkTable.RequireTransaction(db).Connection!;
        var types = table.Columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync(CopySql(table, db.GetService<ISqlGenerationHelper>()), ct);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(ct);
            for (var i = 0; i < types.Length; i++)
            {
                if (table.Columns[i].ValueOf(row) is { } value)
                {
                    await writer.WriteAsync(value, types[i], ct);
                }
                else
                {
                    await writer.WriteNullAsync(ct);
                }
            }
        }
        await writer.CompleteAsync(ct);
    }

    public static string CopySql(BulkTable table, ISqlGenerationHelper sql) =>
        $"COPY {BulkSql.Table(table, sql)} ({BulkSql.ColumnList(table, sql)}) FROM STDIN (FORMAT BINARY)";
}
