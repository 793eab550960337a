namespace FlowChannel.Persistence.Providers;

/// <summary>Bound from the <c>Database</c> section; the connection string comes from <c>ConnectionStrings:FlowChannel</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default), <c>SqlServer</c> or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = "Sqlite";
}
