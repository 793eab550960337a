using FlowChannel.Persistence.FieldValues;
using Microsoft.Data.Sqlite;

namespace FlowChannel.Benchmarks.Records;

/// <summary>
/// Writes the benchmark's records with raw prepared INSERTs in one transaction (EF would take far longer), their value
/// rows computed by the product's own <see cref="RecordFieldValueRows.For"/>. The value table's indexes are dropped
/// first and built again at the end, which is much faster than maintaining them row by row.
/// </summary>
internal static class GridRecordWriter
{
    public static void Write(string databaseFile, int count)
    {
        using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        var indexes = new List<string>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'RecordFieldValues' AND sql IS NOT NULL";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add(reader.GetString(0));
            }
        }
        foreach (var create in indexes)
        {
            var name = create.Split('"')[1];
            Execute(connection, $"DROP INDEX \"{name}\"");
        }

        using (var transaction = connection.BeginTransaction())
        {
            using var record = Prepare(connection, transaction,
                """
                INSERT INTO "FormRecords" ("Id", "FormId", "FormVersion", "DataJson", "Status", "CreatedByUserId", "CreatedAt", "UpdatedAt", "Version")
                VALUES ($id, $form, 1, $data, 'submitted', 'system', $at, $at, 0)
                """, "$id", "$form", "$data", "$at");
            using var value = Prepare(connection, transaction,
                """
                INSERT INTO "RecordFieldValues" ("RecordId", "FieldKey", "Ordinal", "FormId", "Text", "Number", "Date", "LinkedRecordId")
                VALUES ($id, $key, $ordinal, $form, $text, $number, $date, NULL)
                """, "$id", "$key", "$ordinal", "$form", "$text", "$number", "$date");
            var random = new Random(20261124);
            var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < count; i++)
            {
                var id = Guid.NewGuid();
                var data = GridBenchmarkForm.Data(i, random);
                // As EF Core's SQLite provider stores them: GUIDs as upper-case text, date-times as ISO text.
                var idText = id.ToString().ToUpperInvariant();
                record.Parameters["$id"].Value = idText;
                record.Parameters["$form"].Value = GridBenchmarkForm.Id;
                record.Parameters["$data"].Value = data;
                record.Parameters["$at"].Value = Text(start.AddSeconds(i * 60L));
                record.ExecuteNonQuery();
                foreach (var row in RecordFieldValueRows.For(id, GridBenchmarkForm.Id, data))
                {
                    value.Parameters["$id"].Value = idText;
                    value.Parameters["$key"].Value = row.FieldKey;
                    value.Parameters["$ordinal"].Value = row.Ordinal;
                    value.Parameters["$form"].Value = row.FormId;
                    value.Parameters["$text"].Value = (object?)row.Text ?? DBNull.Value;
                    value.Parameters["$number"].Value = (object?)row.Number ?? DBNull.Value;
                    value.Parameters["$date"].Value = row.Date is { } date ? Text(date) : DBNull.Value;
                    value.ExecuteNonQuery();
                }
            }
            transaction.Commit();
        }
        foreach (var create in indexes)
        {
            Execute(connection, create);
        }
        Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static string Text(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
