using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>
/// The whole app on a real PostgreSQL server. Unlike SQLite, whose writers queue, PostgreSQL lets both
/// approvals read the open task, so here the optimistic concurrency token is what turns the loser into a 409.
/// </summary>
public sealed class PostgreSqlHostTests : IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-pg-");
    private PostgresServer? _server;
    private FlowChannelHost? _host;

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.StartAsync();
        await _server.CreateDatabaseAsync("flowchannel_app");
        _host = new FlowChannelHost(_folder.FullName, "PostgreSql", _server.ConnectionString("flowchannel_app"));
    }

    [Fact]
    public async Task Application_is_approved_once_on_postgresql_under_concurrent_approvals()
    {
        var applicant = await ApiClient.ApplicantAsync(_host!);
        var managerA = await ApiClient.ManagerAsync(_host!);
        var managerB = await ApiClient.AdminAsync(_host!);
        var submission = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("PG并发有限公司"))).ReadJsonAsync();
        var task = await PartnerApplicationFlowTests.FindOpenTaskAsync(managerA, submission["recordId"]!.GetValue<string>());
        var url = $"/api/tasks/{task["id"]}/actions";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            (i % 2 == 0 ? managerA : managerB).PostAsJsonAsync(url, new { action = "approve", comment = $"#{i}" })));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        var partners = await managerA.GetFromJsonAsync<JsonArray>("/api/partners");
        Assert.Single(partners!, p => p!["data"]!["companyName"]!.GetValue<string>() == "PG并发有限公司");
    }

    [Fact]
    public async Task Serial_numbers_stay_unique_and_gap_free_under_concurrency_on_postgresql()
    {
        var applicant = await ApiClient.ApplicantAsync(_host!);
        var numbers = await SerialNumberTests.SubmitConcurrentlyAsync(applicant, 10);
        SerialNumberTests.AssertConsecutive(numbers, 1);
    }

    [Fact]
    public async Task An_event_name_longer_than_the_key_column_still_starts_its_workflow_on_postgresql()
    {
        var admin = await ApiClient.AdminAsync(_host!);
        var name = "partner." + new string('x', 300);
        var json = $$"""
            {
              "id": "long-event-v1", "definitionId": "long-event", "name": "Long event", "version": 1, "isPublished": true,
              "root": { "type": "Elsa.Flowchart", "id": "flow", "connections": [], "activities": [
                { "id": "started", "type": "Elsa.Event", "version": 1,
                  "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "{{name}}" } },
                  "customProperties": { "canStartWorkflow": true } } ] }
            }
            """;
        (await admin.PostAsync("/api/workflow-definitions/import?publish=true", new StringContent(json, System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var started = await (await admin.PostAsJsonAsync($"/api/events/{name}/trigger", new { })).ReadJsonAsync();

        Assert.Single(started["started"]!.AsArray());
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
