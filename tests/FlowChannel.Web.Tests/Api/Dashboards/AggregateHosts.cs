using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Dashboards;

/// <summary>The app on a real SQLite file with <see cref="GeneratedOrders"/> entered once for the class.</summary>
public sealed class AggregateSqliteHost : IAsyncLifetime
{
    private readonly HostFixture _inner = new();

    public FlowChannelHost Host => _inner.Host;

    public async Task InitializeAsync()
    {
        await _inner.InitializeAsync();
        await GeneratedOrders.SeedAsync(await ApiClient.ManagerAsync(Host));
    }

    public Task DisposeAsync() => _inner.DisposeAsync();
}

/// <summary>The app on a private PostgreSQL server with <see cref="GeneratedOrders"/> entered once for the class.</summary>
public sealed class AggregatePostgreSqlHost : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pg-aggregate-");
    private readonly PostgresFixture _postgres = new();

    public FlowChannelHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        Host = new FlowChannelHost(_folder.FullName, "PostgreSql", await _postgres.CreateDatabaseAsync("aggregate"));
        await GeneratedOrders.SeedAsync(await ApiClient.ManagerAsync(Host));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _postgres.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}

public sealed class AggregateSqliteTests(AggregateSqliteHost fixture) : AggregateContract, IClassFixture<AggregateSqliteHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}

public sealed class AggregatePostgreSqlTests(AggregatePostgreSqlHost fixture) : AggregateContract, IClassFixture<AggregatePostgreSqlHost>
{
    protected override FlowChannelHost Host => fixture.Host;
}
