namespace FlowChannel.TestSupport;

/// <summary>
/// An xunit fixture owning one private <see cref="PostgresServer"/> for a test class or collection
/// (<c>IClassFixture&lt;PostgresFixture&gt;</c>, or a <c>[CollectionDefinition]</c> in the test project).
/// Give each test its own database: <c>await fixture.CreateDatabaseAsync()</c>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    /// <summary>The running server (after xunit has initialised the fixture).</summary>
    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture is not initialised.");

    /// <summary>Creates a database with a fresh unique name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var name = prefix[..Math.Min(prefix.Length, 40)] + "_" + Guid.NewGuid().ToString("N")[..12];
        await Server.CreateDatabaseAsync(name);
        return Server.ConnectionString(name);
    }

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
