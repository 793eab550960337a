using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Setup;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>
/// Reference checks and unique values on a real PostgreSQL server, where concurrent submissions are not queued as on
/// SQLite: the key of RecordUniqueValues is what stops the second one.
/// </summary>
public sealed class ReferenceFieldPostgreSqlTests : IAsyncLifetime
{
    private const string Orders = $"/api/forms/{ReferenceFieldForms.Orders}/records";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pg-ref-");
    private PostgresServer? _server;
    private FlowChannelHost? _host;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        await _server.CreateDatabaseAsync("flowchannel_refs");
        _host = new FlowChannelHost(_folder.FullName, "PostgreSql", _server.ConnectionString("flowchannel_refs"));
        await ReferenceFieldForms.EnsurePublishedAsync(_host);
    }

    [Fact]
    public async Task Concurrent_submissions_of_one_unique_value_store_one_on_postgresql()
    {
        var manager = await ApiClient.ManagerAsync(_host!);
        var orderNo = "PG-" + Guid.NewGuid().ToString("N")[..8];
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            manager.PostAsJsonAsync(Orders, new { data = new JsonObject { ["orderNo"] = orderNo } })));

        Assert.Single(attempts, r => r.StatusCode == HttpStatusCode.Created);
        foreach (var refused in attempts.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("unique", (await refused.ReadJsonAsync())["errors"]![0]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Members_departments_and_links_are_named_on_postgresql()
    {
        var manager = await ApiClient.ManagerAsync(_host!);
        var managerId = await ReferenceFieldTests.UserIdAsync(manager, "manager");
        var product = await ReferenceFieldTests.ProductAsync(manager, "PG widget", price: 7m);
        var created = await manager.PostAsJsonAsync(Orders, new { data = new JsonObject
        {
            ["owner"] = managerId,
            ["dept"] = SampleDepartments.ChannelId.ToString(),
            ["product"] = product.Id,
        } });
        var data = await ReferenceFieldTests.RecordDataAsync(manager, created);
        Assert.Equal("渠道经理 Channel Manager", data["owner"]!["name"]!.GetValue<string>());
        Assert.Equal("Channel", data["dept"]!["name"]!.GetValue<string>());
        Assert.Equal("PG widget", data["product"]!["name"]!.GetValue<string>());
        Assert.Equal(7m, data["unitPrice"]!.GetValue<decimal>());
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
