using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace FlowChannel.Persistence.Tests.Bulk;

/// <summary>
/// Every row of every table of the model, read past EF as the engine returns it (its own types: on SQLite a Guid or a
/// date is text, so a difference in spelling shows), one sorted line per row, for comparing two databases.
/// </summary>
public static class StoredRows
{
    public static async Task<SortedDictionary<string, List<string>>> ReadAllAsync(FlowChannelDbContext db)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null)
            .Select(e => (Name: e.GetTableName()!, Schema: e.GetSchema())).Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var all = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var (name, schema) in tables)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT * FROM " + sql.DelimitIdentifier(name, schema);
                await using var reader = await command.ExecuteReaderAsync();
                all[name] = await LinesAsync(reader);
            }
            return all;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<List<string>> LinesAsync(DbDataReader reader)
    {
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i) + "=" + Show(reader.GetValue(i)))));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Show(object value) => value switch
    {
        DBNull => "NULL",
        DateTime d => $"DateTime({d.Kind}):{d:O}",
        double x => "Double:" + x.ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => "Bytes:" + Convert.ToHexString(bytes),
        _ => value.GetType().Name + ":" + Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
