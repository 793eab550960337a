using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Api.OptionLimits;

/// <summary>
/// The option-limit tests' form: partners (role <c>partner</c>) may set <c>status</c> only to accepted or declined and
/// <c>tags</c> only to "a"; the demo applicant is also in a second set that lets them set <c>status</c> to lost, so
/// they hold the union. Managers are not limited. Records are written straight to the database where a test needs a
/// value no partner could set.
/// </summary>
internal static class OptionLimitForm
{
    public const string FormId = "option-limited-leads";

    public static async Task PublishAsync(FlowChannelHost host)
    {
        var admin = await ApiClient.AdminAsync(host);
        if ((await admin.GetAsync($"/api/forms/{FormId}")).StatusCode == HttpStatusCode.OK)
        {
            return;
        }
        var schema = Schema.Replace("APPLICANT_ID", await UserIdAsync(host, "applicant"), StringComparison.Ordinal);
        var saved = await admin.PutAsJsonAsync($"/api/forms/{FormId}/draft", JsonNode.Parse(schema));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var published = await admin.PostAsync($"/api/forms/{FormId}/publish", null);
        Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
    }

    /// <summary>A record submitted by the manager (who may set any status), answering its id.</summary>
    public static async Task<string> ByManagerAsync(FlowChannelHost host, string title, string status)
    {
        var manager = await ApiClient.ManagerAsync(host);
        var created = await manager.PostAsJsonAsync($"/api/forms/{FormId}/records", new { data = new { title, status } });
        var body = await created.ReadJsonAsync();
        Assert.True(created.IsSuccessStatusCode, body.ToJsonString());
        return (string)body["recordId"]!;
    }

    public static async Task<string> StoredAsync(FlowChannelHost host, string recordId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.AsNoTracking()
            .Where(r => r.Id == Guid.Parse(recordId)).Select(r => r.DataJson).SingleAsync();
    }

    public static async Task<int> CountAsync(FlowChannelHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.CountAsync(r => r.FormId == FormId);
    }

    /// <summary>The 422's single error as (path, code).</summary>
    public static async Task<(string Path, string Code)> RefusalAsync(HttpResponseMessage response)
    {
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, body.ToJsonString());
        var error = Assert.Single(body["errors"]!.AsArray())!;
        return ((string)error["path"]!, (string)error["code"]!);
    }

    private static async Task<string> UserIdAsync(FlowChannelHost host, string userName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    private const string Schema = """
        {
          "id": "option-limited-leads", "version": 1, "title": "Option-limited leads",
          "fields": [
            {"key": "title", "type": "text", "label": "Title", "required": true},
            {"key": "status", "type": "select", "label": "Status", "required": true, "defaultValue": "new", "options": [
              {"value": "new", "label": "New"}, {"value": "accepted", "label": "Accepted"}, {"value": "declined", "label": "Declined"},
              {"value": "won", "label": "Won"}, {"value": "lost", "label": "Lost"}]},
            {"key": "tags", "type": "checkbox", "label": "Tags", "options": [
              {"value": "a", "label": "A"}, {"value": "b", "label": "B"}, {"value": "c", "label": "C"}]}
          ],
          "permissions": {"sets": [
            {"key": "managers", "roles": ["channel-manager"], "preset": "manageAll"},
            {"key": "partners", "roles": ["partner"], "actions": ["add", "view", "edit", "batchEdit", "import"], "scope": "all",
             "fieldDefault": "edit", "fields": {
               "status": {"right": "edit", "options": ["accepted", "declined"]},
               "tags": {"right": "edit", "options": ["a"]}}},
            {"key": "closers", "users": ["APPLICANT_ID"], "actions": ["view", "edit"], "scope": "all",
             "fieldDefault": "read", "fields": {"status": {"right": "edit", "options": ["lost"]}}}
          ]}
        }
        """;
}
