using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FlowChannel.Persistence.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider; no server is contacted to add a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FlowChannelDbContext>
{
    public FlowChannelDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
        new PostgreSqlDatabaseProvider().Configure(builder, "Host=localhost;Database=flowchannel;Username=postgres");
        return new FlowChannelDbContext(builder.Options);
    }
}
