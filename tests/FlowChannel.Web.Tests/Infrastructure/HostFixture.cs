namespace FlowChannel.Web.Tests.Infrastructure;

/// <summary>A fresh data folder per test class, deleted afterwards.</summary>
public sealed class HostFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-web-");

    public string DataFolder => _folder.FullName;

    public FlowChannelHost Host { get; private set; } = default!;

    public Task InitializeAsync()
    {
        Host = new FlowChannelHost(DataFolder);
        _ = Host.Server; // starts the app: migrations, the bundled pack, seeded users
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
