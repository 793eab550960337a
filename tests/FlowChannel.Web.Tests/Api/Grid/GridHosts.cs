using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Grid;

/// <summary>The app on a real SQLite file with <see cref="GridForms"/> seeded once for the class.</summary>
public sealed class GridSqliteHost : IAsyncLifetime
{
    private readonly HostFixture _inner = new();

    public FlowChannelHost Host => _inner.Host;

    public async Task InitializeAsync()
    {
        await _inner.InitializeAsync();
        await GridForms.EnsureSeededAsync(Host);
    }

    public Task DisposeAsync() => _inner.DisposeAsync();
}

/// <summary>The app on a private PostgreSQL server with <see cref="GridForms"/> seeded once for the class.</summary>
public sealed class GridPostgreSqlHost : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pg-grid-");
    private readonly PostgresFixture _postgres = new();

    public FlowChannelHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        Host = new FlowChannelHost(_folder.FullName, "PostgreSql", await _postgres.CreateDatabaseAsync("grid"));
        await GridForms.EnsureSeededAsync(Host);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _postgres.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
