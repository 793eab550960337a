using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FlowChannel.Web.Tests.Api.Grid;

/// <summary>
/// The grid tests' data, published and submitted through the API: a products form, and deals with a field of every kind,
/// a checkbox group, a link to a product, a subform, and a secret hidden from partners (who see only their own deals).
/// The manager submits five deals, the applicant one (whose secret the manager fills in).
/// </summary>
internal static class GridForms
{
    public const string Deals = "grid-deals";
    public const string Products = "grid-products";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static Task EnsureSeededAsync(WebApplicationFactory<Program> host) =>
        SeedOnceAsync(user => user == "admin" ? ApiClient.AdminAsync(host) : ApiClient.SignInAsync(host, user, FlowChannelHost.SamplePassword));

    /// <summary>Seeds an app served on a real port (a browser session), where the in-memory test client cannot reach.</summary>
    public static Task EnsureSeededAsync(string baseUrl) => SeedOnceAsync(user => SignInAsync(baseUrl, user));

    public static async Task<HttpClient> SignInAsync(string baseUrl, string user)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var password = user == "admin" ? FlowChannelHost.AdminPassword : FlowChannelHost.SamplePassword;
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = user, password })).ReadJsonAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token["accessToken"]!.GetValue<string>());
        return client;
    }

    private static async Task SeedOnceAsync(Func<string, Task<HttpClient>> signIn)
    {
        await Gate.WaitAsync();
        try
        {
            var admin = await signIn("admin");
            if ((await admin.GetAsync($"/api/forms/{Deals}")).StatusCode == HttpStatusCode.OK)
            {
                return;
            }
            await PublishAsync(admin, ProductsSchema);
            await PublishAsync(admin, DealsSchema);
            var manager = await signIn("manager");
            var widget = await SubmitAsync(manager, Products, new JsonObject { ["name"] = "Widget", ["category"] = "tools" });
            var gadget = await SubmitAsync(manager, Products, new JsonObject { ["name"] = "Gadget", ["category"] = "toys" });
            await SubmitAsync(manager, Deals, new JsonObject
            {
                ["title"] = "Alpha deal", ["stage"] = "active", ["amount"] = 100, ["signedOn"] = Today,
                ["meetAt"] = DateTime.UtcNow.AddMinutes(-5).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
                ["vip"] = true, ["tags"] = new JsonArray("a", "b"), ["product"] = widget, ["secret"] = "alpha-secret",
                ["items"] = new JsonArray(new JsonObject { ["sku"] = "X-1", ["qty"] = 5 }),
            });
            await SubmitAsync(manager, Deals, new JsonObject
            {
                ["title"] = "Beta deal", ["stage"] = "lead", ["amount"] = 250.5, ["signedOn"] = "2025-01-15",
                ["meetAt"] = "2025-01-15T09:30:00Z", ["vip"] = false, ["tags"] = new JsonArray("c"), ["product"] = gadget,
                ["items"] = new JsonArray(new JsonObject { ["sku"] = "Y-2", ["qty"] = 1 }, new JsonObject { ["sku"] = "X-9", ["qty"] = 20 }),
            });
            await SubmitAsync(manager, Deals, new JsonObject { ["title"] = "Gamma", ["stage"] = "active", ["amount"] = 50, ["signedOn"] = "2024-06-01" });
            await SubmitAsync(manager, Deals, new JsonObject { ["title"] = "Delta deal", ["stage"] = "closed", ["product"] = widget });
            await SubmitAsync(manager, Deals, new JsonObject { ["title"] = "Zeta", ["stage"] = "lead", ["amount"] = 75, ["notes"] = "needs a call back" });
            var applicant = await signIn("applicant");
            var epsilon = await SubmitAsync(applicant, Deals, new JsonObject { ["title"] = "Epsilon", ["stage"] = "lead", ["amount"] = 999 });
            // A partner cannot write the field hidden from them; the manager fills it in.
            var secret = await manager.PutAsJsonAsync($"/api/records/{epsilon}", new { data = new JsonObject { ["secret"] = "eps-secret" } });
            Assert.True(secret.IsSuccessStatusCode, await secret.Content.ReadAsStringAsync());
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> SubmitAsync(HttpClient client, string form, JsonObject data)
    {
        var created = await client.PostAsJsonAsync($"/api/forms/{form}/records", new { data });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body);
        return JsonNode.Parse(body)!["recordId"]!.GetValue<string>();
    }

    private static async Task PublishAsync(HttpClient admin, string schemaJson)
    {
        var schema = JsonNode.Parse(schemaJson)!;
        var id = schema["id"]!.GetValue<string>();
        var saved = await admin.PutAsJsonAsync($"/api/forms/{id}/draft", schema);
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var published = await admin.PostAsync($"/api/forms/{id}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    private const string ProductsSchema = """
        {
          "id": "grid-products", "version": 1, "title": "Grid products",
          "fields": [
            {"key": "name", "type": "text", "label": "Name", "required": true},
            {"key": "category", "type": "text", "label": "Category"}
          ]
        }
        """;

    private const string DealsSchema = """
        {
          "id": "grid-deals", "version": 1, "title": "Grid deals",
          "fields": [
            {"key": "title", "type": "text", "label": "Title", "required": true},
            {"key": "stage", "type": "select", "label": "Stage", "options": [
              {"value": "lead", "label": "Lead"}, {"value": "active", "label": "Active"}, {"value": "closed", "label": "Closed"}]},
            {"key": "amount", "type": "number", "label": "Amount"},
            {"key": "signedOn", "type": "date", "label": "Signed on"},
            {"key": "meetAt", "type": "datetime", "label": "Meeting"},
            {"key": "vip", "type": "switch", "label": "VIP"},
            {"key": "tags", "type": "checkbox", "label": "Tags", "options": [
              {"value": "a", "label": "A"}, {"value": "b", "label": "B"}, {"value": "c", "label": "C"}]},
            {"key": "product", "type": "link", "label": "Product", "link": {"form": "grid-products", "displayField": "name"}},
            {"key": "items", "type": "subform", "label": "Items", "fields": [
              {"key": "sku", "type": "text", "label": "SKU"},
              {"key": "qty", "type": "number", "label": "Qty"}]},
            {"key": "notes", "type": "textarea", "label": "Notes"},
            {"key": "secret", "type": "text", "label": "Secret"}
          ],
          "permissions": {"sets": [
            {"key": "partners", "roles": ["partner"], "actions": ["add", "view"], "scope": "createdByMe",
             "fieldDefault": "edit", "fields": {"secret": "hidden"}},
            {"key": "managers", "roles": ["channel-manager"], "actions": ["add", "view", "edit"], "scope": "all", "fieldDefault": "edit"}
          ]}
        }
        """;
}
