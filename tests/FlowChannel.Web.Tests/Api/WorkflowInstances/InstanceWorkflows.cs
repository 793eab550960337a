using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.WorkflowInstances;

/// <summary>Small Elsa 3 definitions for the instance tests, imported and started over REST.</summary>
internal static class InstanceWorkflows
{
    public static string Definition(string definitionId, int version, IEnumerable<string> activities, IEnumerable<string> connections, string variables = "") => $$"""
        {
          "id": "{{definitionId}}-v{{version}}", "definitionId": "{{definitionId}}", "name": "{{definitionId}}", "version": {{version}}, "isPublished": true,
          "variables": [ {{variables}} ],
          "root": { "type": "Elsa.Flowchart", "id": "flow", "activities": [ {{string.Join(", ", activities)}} ], "connections": [ {{string.Join(", ", connections)}} ] }
        }
        """;

    public static string WriteLine(string id) =>
        $$"""{ "id": "{{id}}", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "{{id}}" } } }""";

    public static string Event(string id, string eventName) =>
        $$"""{ "id": "{{id}}", "type": "Elsa.Event", "version": 1, "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "{{eventName}}" } } }""";

    public static string Script(string id, string script) =>
        $$"""{ "id": "{{id}}", "type": "Elsa.RunJavaScript", "version": 1, "script": { "typeName": "String", "expression": { "type": "Literal", "value": "{{script}}" } } }""";

    public static string Approval(string id, string title) => $$"""
        { "id": "{{id}}", "type": "FlowChannel.Approval", "version": 1,
          "title": { "typeName": "String", "expression": { "type": "Literal", "value": "{{title}}" } },
          "role": { "typeName": "String", "expression": { "type": "Literal", "value": "channel-manager" } } }
        """;

    public static string Delay(string id, string timeSpan) =>
        $$"""{ "id": "{{id}}", "type": "Elsa.Delay", "version": 1, "timeSpan": { "typeName": "TimeSpan", "expression": { "type": "Literal", "value": "{{timeSpan}}" } } }""";

    public static string Variable(string name, string value) =>
        $$"""{ "id": "var-{{name}}", "name": "{{name}}", "typeName": "String", "value": "{{value}}" }""";

    public static string Connect(string from, string to) =>
        $$"""{ "source": { "activity": "{{from}}", "port": "Done" }, "target": { "activity": "{{to}}", "port": "In" } }""";

    /// <summary>Imports (and by default publishes) a definition; fails the test on any problem.</summary>
    public static async Task ImportAsync(HttpClient admin, string json, bool publish = true)
    {
        var response = await admin.PostAsync($"/api/workflow-definitions/import?publish={(publish ? "true" : "false")}",
            new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> StartAsync(HttpClient admin, string definitionId, string correlationId, object? input = null)
    {
        var response = await admin.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/instances", new { input = input ?? new { }, correlationId });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (string)(await response.ReadJsonAsync())["instanceId"]!;
    }

    public static async Task<JsonObject> GetAsync(HttpClient client, string instanceId) =>
        (await client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}"))!;

    public static async Task SendEventAsync(HttpClient admin, string eventName, string correlationId)
    {
        var resumed = await (await admin.PostAsJsonAsync($"/api/events/{eventName}/trigger", new { correlationId })).ReadJsonAsync();
        Assert.Single(resumed["resumed"]!.AsArray());
    }
}
