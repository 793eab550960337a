using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Application.Webhooks;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Webhooks;

/// <summary>
/// Whose field rights shape a payload is the admin's choice: a role's, or by default only the fields every
/// permission set of the form shows, so a field anyone may not see never leaves by a webhook nobody configured for it.
/// </summary>
public sealed class WebhookFieldRightsTests
{
    [Fact]
    public async Task The_default_and_a_partner_role_leave_out_fields_hidden_from_partners_while_the_manager_role_sends_them()
    {
        await using var receiver = new WebhookReceiver();
        await using var app = new WebhookHost();
        var admin = await ApiClient.AdminAsync(app.Host);
        var byDefault = await CreateAsync(admin, receiver.Url + "/default", role: null);
        await CreateAsync(admin, receiver.Url + "/partner", role: "partner-admin");
        await CreateAsync(admin, receiver.Url + "/manager", role: "channel-manager");
        Assert.Null(byDefault["webhook"]!["permissionSetKey"]);
        Assert.Null(byDefault["webhook"]!["role"]);

        await app.ApproveApplicationAsync("字段权限测试有限公司");
        await app.DeliverAsync();

        var data = receiver.Requests.ToDictionary(r => r.Path, r => JsonNode.Parse(r.Body)!["record"]!["data"]!.AsObject());
        Assert.Equal(3, data.Count);
        foreach (var path in new[] { "/hooks/default", "/hooks/partner" })
        {
            Assert.Equal("字段权限测试有限公司", (string?)data[path]["companyName"]);
            Assert.False(data[path].ContainsKey("screeningScore"), path);
            Assert.False(data[path].ContainsKey("applicationRecordId"), path);
        }
        Assert.True(data["/hooks/manager"].ContainsKey("screeningScore"));
        Assert.True(data["/hooks/manager"].ContainsKey("applicationRecordId"));
    }

    [Fact]
    public async Task A_webhook_names_a_set_or_a_role_not_both_and_the_role_must_exist()
    {
        await using var app = new WebhookHost();
        var admin = await ApiClient.AdminAsync(app.Host);

        var both = await admin.PostAsJsonAsync("/api/admin/webhooks", Body("https://crm.example.com/a", "own-partner", "partner"));
        var unknown = await admin.PostAsJsonAsync("/api/admin/webhooks", Body("https://crm.example.com/b", null, "no-such-role"));

        Assert.Equal(["role"], (await both.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string?)e!["path"]));
        Assert.Equal("unknownRole", (string?)(await unknown.ReadJsonAsync())["errors"]![0]!["code"]);
    }

    private static object Body(string url, string? setKey, string? role) =>
        new { formId = "partner-profile", name = "CRM", url, events = new[] { WebhookEvents.RecordCreated }, permissionSetKey = setKey, role };

    private static async Task<JsonObject> CreateAsync(HttpClient admin, string url, string? role)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/webhooks", Body(url, null, role));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).AsObject();
    }
}
