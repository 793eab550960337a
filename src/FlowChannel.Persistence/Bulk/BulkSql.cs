using Microsoft.EntityFrameworkCore.Storage;

namespace FlowChannel.Persistence.Bulk;

/// <summary>The SQL text shared by the bulk inserters, quoted by the provider's own rules.</summary>
public static class BulkSql
{
    /// <summary>The table's name as the provider quotes it, with its schema when it has one.</summary>
    public static string Table(BulkTable table, ISqlGenerationHelper sql) => sql.DelimitIdentifier(table.Name, table.Schema);

    /// <summary>The quoted column names, comma-separated, in <see cref="BulkTable.Columns"/> order.</summary>
    public static string ColumnList(BulkTable table, ISqlGenerationHelper sql) =>
        string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)));
}
