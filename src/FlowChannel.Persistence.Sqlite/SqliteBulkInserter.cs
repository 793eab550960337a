using System.Globalization;
using FlowChannel.Persistence.Bulk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace FlowChannel.Persistence.Sqlite;

/// <summary>
/// SQLite has no bulk-load protocol; the fast path is one INSERT per table, prepared once and stepped per row inside the
/// open transaction (EF's save re-prepares every statement of every batch). The statement is driven through the
/// native API of the context's own connection: per row the ADO.NET driver would create a reader and look every
/// parameter up by name, which cost as much as SQLite's own work. Values are bound as Microsoft.Data.Sqlite binds
/// them for EF (a Guid as upper-case text, a date as its text form), after the model's converters.
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
        var connection = (SqliteConnection)BulkTable.RequireTransaction(db).Connection!;
        var handle = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, InsertSql(table, db.GetService<ISqlGenerationHelper>()), out var statement), handle);
        using (statement)
        {
            var columns = table.Columns;
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                for (var i = 0; i < columns.Count; i++)
                {
                    Bind(statement, i + 1, columns[i].ValueOf(row), columns[i].Name);
                }
                var done = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (done != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(done, handle);
                }
            }
        }
        return Task.CompletedTask;
    }

    public static string InsertSql(BulkTable table, ISqlGenerationHelper sql) =>
        $"INSERT INTO {BulkSql.Table(table, sql)} ({BulkSql.ColumnList(table, sql)}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "?" + (i + 1)))})";

    private static void Bind(sqlite3_stmt statement, int index, object? value, string column)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            // EF's SQLite mapping stores a Guid as upper-case text (a model wanting bytes converts it to byte[] first).
            Guid guid => raw.sqlite3_bind_text(statement, index, guid.ToString().ToUpperInvariant()),
            DateTime moment => raw.sqlite3_bind_text(statement, index, moment.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            int or long or short or byte or sbyte or ushort or uint => raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(value, CultureInfo.InvariantCulture)),
            double or float => raw.sqlite3_bind_double(statement, index, Convert.ToDouble(value, CultureInfo.InvariantCulture)),
            byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
            decimal number => raw.sqlite3_bind_text(statement, index, number.ToString("0.0###########################", CultureInfo.InvariantCulture)),
            _ => throw new InvalidOperationException($"Column '{column}' holds a {value.GetType().Name}, which the SQLite bulk inserter does not bind; add it here as Microsoft.Data.Sqlite binds it."),
        };
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite refused the value of column '{column}' (code {rc}).");
        }
    }
}
