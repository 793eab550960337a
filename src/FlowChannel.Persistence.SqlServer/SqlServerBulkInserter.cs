using System.Data;
using FlowChannel.Persistence.Bulk;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowChannel.Persistence.SqlServer;

/// <summary>
/// SqlBulkCopy on the context's connection and transaction. Nulls are kept (not replaced by column defaults) and
/// constraints checked, so the rows are what an INSERT would have stored and the foreign keys stay trusted.
/// </summary>
public sealed class SqlServerBulkInserter : IBulkInserter
{
    public const SqlBulkCopyOptions Options = SqlBulkCopyOptions.KeepNulls | SqlBulkCopyOptions.CheckConstraints;

    public async Task InsertAsync<TEntity>(FlowChannelDbContext db, IReadOnlyCollection<TEntity> rows, CancellationToken ct)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var table = BulkTable.For<TEntity>(db);
        var transaction = (SqlTransaction)BulkTable.RequireTransaction(db);
        using var copy = new SqlBulkCopy(transaction.Connection, Options, transaction);
        copy.BulkCopyTimeout = db.Database.GetCommandTimeout() ?? 0;
        Map(copy, table, db.GetService<ISqlGenerationHelper>());
        using var data = Rows(table, rows);
        await copy.WriteToServerAsync(data, ct);
    }

    /// <summary>Points <paramref name="copy"/> at the table and maps each source column to the column of the same name.</summary>
    public static void Map(SqlBulkCopy copy, BulkTable table, ISqlGenerationHelper sql)
    {
        copy.DestinationTableName = BulkSql.Table(table, sql);
        foreach (var column in table.Columns)
        {
            copy.ColumnMappings.Add(column.Name, column.Name);
        }
    }

    /// <summary>The rows as a table of provider values (after the model's converters), one column per mapped column.</summary>
    public static DataTable Rows<TEntity>(BulkTable table, IEnumerable<TEntity> rows)
        where TEntity : class
    {
        var data = new DataTable(table.Name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var column in table.Columns)
        {
            data.Columns.Add(column.Name, column.ProviderClrType).AllowDBNull = column.IsNullable;
        }
        var values = new object[table.Columns.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = table.Columns[i].ValueOf(row) ?? DBNull.Value;
            }
            data.Rows.Add(values);
        }
        return data;
    }
}
