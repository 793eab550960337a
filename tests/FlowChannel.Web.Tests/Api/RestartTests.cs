using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Api;

public sealed class RestartTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-restart-");

    [Fact]
    public async Task Task_survives_a_restart_and_can_be_approved_afterwards()
    {
        string recordId;
        await using (var first = new FlowChannelHost(_folder.FullName))
        {
            var applicant = await ApiClient.ApplicantAsync(first);
            var submission = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("重启测试有限公司"))).ReadJsonAsync();
            recordId = submission["recordId"]!.GetValue<string>();
        }

        await using var second = new FlowChannelHost(_folder.FullName);
        var manager = await ApiClient.ManagerAsync(second);
        var task = await PartnerApplicationFlowTests.FindOpenTaskAsync(manager, recordId);
        var approved = await manager.PostAsJsonAsync($"/api/tasks/{task["id"]}/actions", new { action = "approve" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var record = await manager.GetFromJsonAsync<JsonObject>($"/api/records/{recordId}");
        Assert.Equal("approved", record!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Restart_keeps_seeded_users_and_does_not_import_the_pack_twice()
    {
        await using (var first = new FlowChannelHost(_folder.FullName))
        {
            _ = first.Server;
        }
        await using var second = new FlowChannelHost(_folder.FullName);
        var admin = await ApiClient.AdminAsync(second);
        var forms = await admin.GetFromJsonAsync<JsonArray>("/api/forms");
        Assert.Single(forms!, f => f!["formId"]!.GetValue<string>() == "partner-application");
        var partners = await admin.GetFromJsonAsync<JsonArray>("/api/partners");
        Assert.Equal(6, partners!.Count);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
