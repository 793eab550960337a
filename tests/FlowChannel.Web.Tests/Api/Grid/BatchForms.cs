using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api.Grid;

/// <summary>
/// The batch and history tests' form: managers may batch-edit and delete all records but only read <c>locked</c>;
/// partners add, view and edit their own, with <c>secret</c> hidden from them. Each test submits its own records.
/// </summary>
internal static class BatchForms
{
    public const string Orders = "batch-orders";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsurePublishedAsync(WebApplicationFactory<Program> host) => await PublishOnceAsync(await ApiClient.AdminAsync(host));

    /// <summary>Publishes on an app served on a real port (a browser session).</summary>
    public static async Task EnsurePublishedAsync(string baseUrl) => await PublishOnceAsync(await GridForms.SignInAsync(baseUrl, "admin"));

    private static async Task PublishOnceAsync(HttpClient admin)
    {
        await Gate.WaitAsync();
        try
        {
            if ((await admin.GetAsync($"/api/forms/{Orders}")).IsSuccessStatusCode)
            {
                return;
            }
            var saved = await admin.PutAsJsonAsync($"/api/forms/{Orders}/draft", JsonNode.Parse(Schema));
            Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
            var published = await admin.PostAsync($"/api/forms/{Orders}/publish", null);
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<string> SubmitAsync(HttpClient client, string title, int amount)
    {
        var data = new JsonObject { ["title"] = title, ["amount"] = amount, ["stage"] = "open" };
        var created = await client.PostAsJsonAsync($"/api/forms/{Orders}/records", new { data });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, body);
        return JsonNode.Parse(body)!["recordId"]!.GetValue<string>();
    }

    public static async Task<JsonObject> DataAsync(HttpClient client, string id) =>
        (await (await client.GetAsync($"/api/records/{id}")).ReadJsonAsync())["data"]!.AsObject();

    private const string Schema = """
        {
          "id": "batch-orders", "version": 1, "title": "Batch orders",
          "fields": [
            {"key": "title", "type": "text", "label": "Title", "required": true},
            {"key": "amount", "type": "number", "label": "Amount"},
            {"key": "stage", "type": "select", "label": "Stage", "options": [
              {"value": "open", "label": "Open"}, {"value": "won", "label": "Won"}, {"value": "lost", "label": "Lost"}]},
            {"key": "locked", "type": "text", "label": "Locked"},
            {"key": "secret", "type": "text", "label": "Secret"}
          ],
          "permissions": {"sets": [
            {"key": "partners", "roles": ["partner"], "actions": ["add", "view", "edit"], "scope": "createdByMe",
             "fieldDefault": "edit", "fields": {"secret": "hidden"}},
            {"key": "managers", "roles": ["channel-manager"], "actions": ["add", "view", "edit", "batchEdit", "delete"], "scope": "all",
             "fieldDefault": "edit", "fields": {"locked": "read"}}
          ]}
        }
        """;
}
