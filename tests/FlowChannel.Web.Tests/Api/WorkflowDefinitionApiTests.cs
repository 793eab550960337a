using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

/// <summary>Import, versions, publish, export and start of Elsa-format definitions over REST, on a real host.</summary>
public sealed class WorkflowDefinitionApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static string Definition(string definitionId, string name, string extraActivity = "") => $$"""
        {
          "id": "{{definitionId}}-v1", "definitionId": "{{definitionId}}", "name": "{{name}}", "version": 1, "isPublished": true,
          "root": {
            "type": "Elsa.Flowchart", "id": "flow",
            "activities": [
              { "id": "hello", "type": "Elsa.WriteLine", "version": 1,
                "text": { "typeName": "String", "expression": { "type": "JavaScript", "value": "'hello ' + getInput('who')" } },
                "metadata": { "designer": { "position": { "x": 120, "y": -40 } } } }{{extraActivity}}
            ],
            "connections": []
          }
        }
        """;

    [Fact]
    public async Task Import_is_a_draft_then_publish_makes_it_startable_and_export_keeps_the_designer_positions()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var json = Definition("api-hello", "Hello");

        var imported = await (await Import(admin, json)).ReadJsonAsync();
        Assert.Equal((1, false), ((int)imported["version"]!, (bool)imported["isPublished"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/workflow-definitions/api-hello/instances", new { })).StatusCode);

        var published = await (await admin.PostAsync("/api/workflow-definitions/api-hello/publish", null)).ReadJsonAsync();
        Assert.True((bool)published["isPublished"]!);
        var started = await (await admin.PostAsJsonAsync("/api/workflow-definitions/api-hello/instances", new { input = new { who = "渠道" } })).ReadJsonAsync();
        Assert.Equal("Finished", (string?)started["status"]);

        var exported = JsonNode.Parse(await admin.GetStringAsync("/api/workflow-definitions/api-hello/export"))!;
        Assert.Equal("api-hello", (string?)exported["definitionId"]);
        Assert.Equal(120, (int)exported["root"]!["activities"]![0]!["metadata"]!["designer"]!["position"]!["x"]!);
    }

    [Fact]
    public async Task The_same_json_again_changes_nothing_and_a_changed_one_becomes_the_next_version()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        await Import(admin, Definition("api-versions", "First"), publish: true);

        var again = await (await Import(admin, Definition("api-versions", "First"))).ReadJsonAsync();
        var changed = await (await Import(admin, Definition("api-versions", "Second"))).ReadJsonAsync();

        Assert.Equal((1, true), ((int)again["version"]!, (bool)again["isPublished"]!));
        Assert.Equal((2, false), ((int)changed["version"]!, (bool)changed["isPublished"]!));
        var versions = await admin.GetFromJsonAsync<JsonArray>("/api/workflow-definitions/api-versions/versions");
        Assert.Equal([2, 1], versions!.Select(v => (int)v!["version"]!));
        Assert.Equal([false, true], versions!.Select(v => (bool)v!["isLatest"]!));
    }

    [Fact]
    public async Task An_unknown_activity_type_imports_but_blocks_publishing_with_its_name()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var json = Definition("api-unknown", "Unknown", """, { "id": "sms", "type": "Acme.SendSms", "version": 1, "phone": { "typeName": "String", "expression": { "type": "CSharp", "value": "\"138\"" } } }""");

        var imported = await (await Import(admin, json)).ReadJsonAsync();
        Assert.Contains("Acme.SendSms", imported["publishBlockers"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        var refused = await admin.PostAsync("/api/workflow-definitions/api-unknown/publish", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Acme.SendSms", body, StringComparison.Ordinal);
        Assert.Contains("/root/activities/1/phone", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_definition_is_refused_by_pointer_and_people_who_do_not_design_get_403()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var broken = Definition("api-broken", "Broken").Replace("\"type\": \"Elsa.Flowchart\"", "\"type\": 42", StringComparison.Ordinal);

        var refused = await Import(admin, broken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("/root", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/workflow-definitions/api-broken/versions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Import(manager, Definition("api-manager", "Manager"))).StatusCode);
    }

    [Fact]
    public async Task A_faulted_instance_is_retried_by_an_admin_and_goes_on_and_a_finished_one_answers_409()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var json = Definition("api-retry", "Retry", """
            , { "id": "call", "type": "Elsa.RunJavaScript", "version": 1,
                "script": { "typeName": "String", "expression": { "type": "Literal", "value": "if (getTries() < 1) { setTries(getTries() + 1); throw new Error('service down'); }" } } }
            """).Replace("\"connections\": []", "\"connections\": [ { \"source\": { \"activity\": \"hello\", \"port\": \"Done\" }, \"target\": { \"activity\": \"call\", \"port\": \"In\" } } ]", StringComparison.Ordinal)
            .Replace("\"version\": 1, \"isPublished\": true,", "\"version\": 1, \"isPublished\": true, \"variables\": [ { \"id\": \"v-tries\", \"name\": \"Tries\", \"typeName\": \"Int32\", \"value\": \"0\" } ],", StringComparison.Ordinal);
        (await Import(admin, json, publish: true)).EnsureSuccessStatusCode();
        var started = await (await admin.PostAsJsonAsync("/api/workflow-definitions/api-retry/instances", new { input = new { who = "x" } })).ReadJsonAsync();
        Assert.Equal("Faulted", (string?)started["subStatus"]);
        var url = $"/api/workflow-instances/{started["instanceId"]}/retry";

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync(url, new { })).StatusCode);
        var retried = await (await admin.PostAsJsonAsync(url, new { })).ReadJsonAsync();
        Assert.Equal("Finished", (string?)retried["subStatus"]);
        Assert.Single(retried["incidents"]!.AsArray());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync(url, new { })).StatusCode);
    }

    private static Task<HttpResponseMessage> Import(HttpClient client, string json, bool publish = false) =>
        client.PostAsync($"/api/workflow-definitions/import?publish={(publish ? "true" : "false")}", new StringContent(json, Encoding.UTF8, "application/json"));
}
