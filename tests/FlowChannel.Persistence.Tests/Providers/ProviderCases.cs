using FlowChannel.Persistence.PostgreSql;
using FlowChannel.Persistence.Providers;
using FlowChannel.Persistence.Sqlite;
using FlowChannel.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;

namespace FlowChannel.Persistence.Tests.Providers;

/// <summary>The three providers with connection strings that are never opened by the offline tests.</summary>
public static class ProviderCases
{
    public static TheoryData<string> Names => ["Sqlite", "SqlServer", "PostgreSql"];

    public static IDatabaseProvider Get(string name) => name switch
    {
        "Sqlite" => new SqliteDatabaseProvider(),
        "SqlServer" => new SqlServerDatabaseProvider(),
        "PostgreSql" => new PostgreSqlDatabaseProvider(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static FlowChannelDbContext OfflineContext(string name)
    {
        var connectionString = name switch
        {
            "Sqlite" => "Data Source=:memory:",
            "SqlServer" => "Server=offline.invalid;Database=FlowChannel;User Id=sa;Password=unused;TrustServerCertificate=True",
            _ => "Host=offline.invalid;Database=flowchannel;Username=postgres",
        };
        var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
        Get(name).Configure(builder, connectionString);
        return new FlowChannelDbContext(builder.Options);
    }
}
