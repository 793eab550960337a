using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Approvals;

/// <summary>The approval organisation on a private PostgreSQL server, where concurrent writers really overlap.</summary>
public sealed class PostgreSqlApprovalHost : ApprovalHost
{
    private PostgresServer? _server;

    protected override async Task<FlowChannelHost> CreateHostAsync(string folder, IReadOnlyDictionary<string, string?> settings)
    {
        _server = await PostgresServer.StartAsync();
        await _server.CreateDatabaseAsync("flowchannel_approvals");
        return new FlowChannelHost(folder, "PostgreSql", _server.ConnectionString("flowchannel_approvals"), settings);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
