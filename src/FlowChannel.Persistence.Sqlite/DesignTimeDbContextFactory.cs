using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FlowChannel.Persistence.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider without starting the web app.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FlowChannelDbContext>
{
    public FlowChannelDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
        new SqliteDatabaseProvider().Configure(builder, "Data Source=design-time.db");
        return new FlowChannelDbContext(builder.Options);
    }
}
