using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace FlowChannel.Persistence.SqlServer;

/// <summary>Lets <c>dotnet ef</c> build the model for this provider; no server is contacted to add a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<FlowChannelDbContext>
{
    public FlowChannelDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<FlowChannelDbContext>();
        new SqlServerDatabaseProvider().Configure(builder, "Server=localhost;Database=FlowChannel;Trusted_Connection=True;TrustServerCertificate=True");
        return new FlowChannelDbContext(builder.Options);
    }
}
