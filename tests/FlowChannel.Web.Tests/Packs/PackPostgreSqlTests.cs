using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Packs.TestPacks;

namespace FlowChannel.Web.Tests.Packs;

/// <summary>The install transaction on PostgreSQL: all of a pack or none of it, installed once however often it is sent.</summary>
public sealed class PackPostgreSqlTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pack-pg-");
    private PostgresServer? _server;
    private FlowChannelHost? _host;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        await _server.CreateDatabaseAsync("flowchannel_packs");
        _host = new FlowChannelHost(_folder.FullName, "PostgreSql", _server.ConnectionString("flowchannel_packs"));
    }

    [Fact]
    public async Task Install_upgrade_and_a_failing_pack_are_each_one_transaction_on_postgresql()
    {
        var admin = await ApiClient.AdminAsync(_host!);
        var roles = """[{ "name": "pg-clerk", "title": { "zh-CN": "职员", "en": "Clerk" } }]""";
        var v1 = Zip(("pack.json", Manifest("pg-pack", "1.0.0", ["f.form.json"], ["w.json"], roles)), ("f.form.json", Form("pg-order", 1)), ("w.json", Workflow("pg-review", 1, "pg-order")));
        (await ImportAsync(admin, v1)).EnsureSuccessStatusCode();
        var installed = await SnapshotAsync(_host!);
        Assert.All((await (await ImportAsync(admin, v1)).ReadJsonAsync())["changes"]!.AsArray(), c => Assert.Equal("unchanged", c!["action"]!.GetValue<string>()));

        // This pack passes every check, but its workflow's name is longer than the column: PostgreSQL refuses the write
        // after the new form version and the new role were added in the same transaction, and none of them may remain.
        var failing = Zip(("pack.json", Manifest("pg-pack", "2.0.0", ["f.form.json"], ["w.json"], """[{ "name": "pg-clerk-two", "title": { "zh-CN": "二", "en": "Two" } }]""")),
            ("f.form.json", Form("pg-order", 2)),
            ("w.json", Workflow("pg-review", 2, "pg-order").Replace("\"pg-review\", \"version\"", $"\"{new string('w', 300)}\", \"version\"", StringComparison.Ordinal)));
        var refused = await ImportAsync(admin, failing);
        Assert.Equal(HttpStatusCode.InternalServerError, refused.StatusCode);
        Assert.Equal(installed.Split(',')[..^1], (await SnapshotAsync(_host!)).Split(',')[..^1]);
        Assert.Equal(1, (await admin.GetFromJsonAsync<JsonObject>("/api/forms/pg-order"))!["version"]!.GetValue<int>());

        var v2 = Zip(("pack.json", Manifest("pg-pack", "2.0.0", ["f.form.json"], ["w.json"], roles)), ("f.form.json", Form("pg-order", 2)), ("w.json", Workflow("pg-review", 2, "pg-order")));
        var upgraded = await (await ImportAsync(admin, v2)).ReadJsonAsync();
        Assert.Equal("1.0.0", upgraded["previousVersion"]!.GetValue<string>());
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonObject>("/api/forms/pg-order"))!["version"]!.GetValue<int>());
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _folder.Delete(recursive: true);
    }
}
