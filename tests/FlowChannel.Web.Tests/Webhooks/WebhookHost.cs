using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Api;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Webhooks;

/// <summary>
/// The app on a SQLite file of its own, with loopback allowed as an outbound address (the receiver runs there) and the
/// background sweep off, so each test delivers the outbox itself, step by step.
/// </summary>
public sealed class WebhookHost : IAsyncDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-webhooks-");

    public WebhookHost()
    {
        Host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?>
        {
            ["FlowChannel:Http:Allow:0"] = "127.0.0.1",
            ["FlowChannel:Scheduler:Enabled"] = "false",
        });
        _ = Host.Server;
    }

    public FlowChannelHost Host { get; }

    public Task<int> DeliverAsync() => Host.Services.GetRequiredService<WorkflowScheduler>().DeliverOutboxAsync(50, CancellationToken.None);

    /// <summary>Adds a webhook as the admin; returns the answer, which holds the secret.</summary>
    public static async Task<JsonObject> CreateWebhookAsync(HttpClient admin, string formId, string url, string setKey, params string[] events)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/webhooks", new { formId, name = "CRM", url, events, permissionSetKey = setKey });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).AsObject();
    }

    /// <summary>An applicant's strong application approved by the manager: the workflow creates the partner's profile.</summary>
    public async Task<string> ApproveApplicationAsync(string company)
    {
        var applicant = await ApiClient.ApplicantAsync(Host);
        var manager = await ApiClient.ManagerAsync(Host);
        var submission = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong(company))).ReadJsonAsync();
        var recordId = submission["recordId"]!.GetValue<string>();
        var task = await PartnerApplicationFlowTests.FindOpenTaskAsync(manager, recordId);
        (await manager.PostAsJsonAsync($"/api/tasks/{task["id"]}/actions", new { action = "approve", comment = "ok" })).EnsureSuccessStatusCode();
        return recordId;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _folder.Delete(recursive: true);
    }
}
