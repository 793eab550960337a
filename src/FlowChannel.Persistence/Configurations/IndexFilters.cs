namespace FlowChannel.Persistence.Configurations;

/// <summary>
/// Filters of partial (filtered) indexes. An index over a column that most rows leave empty only needs the rows that
/// have a value: every lookup through it compares the column with a value, which already rules out NULL, so all three
/// engines still use it, and each insert of a row without the value writes one index fewer.
/// </summary>
internal static class IndexFilters
{
    /// <summary>Only rows where <paramref name="column"/> has a value (the name is quoted the standard way, which SQLite,
    /// PostgreSQL and SQL Server all accept).</summary>
    public static string HasValue(string column) => $"\"{column}\" IS NOT NULL";
}
