using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.TestSupport;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Durability;

/// <summary>
/// A workflow's HTTP request, child workflow and email leave through the outbox: a real HTTP server on loopback
/// (allowed by configuration), a child instance in its own transaction, a mail file in the pickup folder.
/// </summary>
public sealed class OutboundEffectsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-outbound-");

    [Fact]
    public async Task Http_reply_then_child_workflow_then_email_each_delivered_once_and_the_instance_finishes()
    {
        var port = FreeTcpPort.Get();
        using var crm = new HttpListener();
        crm.Prefixes.Add($"http://127.0.0.1:{port}/");
        crm.Start();
        var received = new List<(string? Key, string Body)>();
        var serving = Task.Run(async () =>
        {
            while (crm.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await crm.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream);
                lock (received)
                {
                    received.Add((context.Request.Headers["Idempotency-Key"], reader.ReadToEnd()));
                }

                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync("""{"crmId":"CRM-7"}"""u8.ToArray());
                context.Response.Close();
            }
        });

        await using var host = Host(new() { ["FlowChannel:Http:Allow:0"] = "127.0.0.1" });
        await WorkflowDefinitions.PublishAsync(host, "credit-check.json");
        await WorkflowDefinitions.PublishAsync(host, "crm-sync.json");
        var admin = await ApiClient.AdminAsync(host);
        var started = await (await admin.PostAsJsonAsync("/api/events/crm.sync/trigger", new { payload = new { url = $"http://127.0.0.1:{port}/partners" } })).ReadJsonAsync();
        var instanceId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();
        var scheduler = host.Services.GetRequiredService<WorkflowScheduler>();

        // Round 1 the request, 2 the child start (it finishes at once), 3 the parent hears of it and queues the mail, 4 the mail.
        for (var round = 0; round < 4; round++)
        {
            await scheduler.DeliverOutboxAsync(10, CancellationToken.None);
        }

        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", (string?)instance!["status"]);
        Assert.Equal("A", (string?)instance["variables"]!["Credit"]!["Rating"]);
        var request = Assert.Single(received);
        Assert.Matches("^[0-9a-f]{32}$", request.Key);
        Assert.Equal("华东智联", (string?)JsonNode.Parse(request.Body)!["name"]);
        var mail = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(_folder.FullName, "mail-pickup"), "*.eml")));
        Assert.Contains("Welcome CRM-7 rating A", mail, StringComparison.Ordinal);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        Assert.All(await db.OutboxMessages.ToListAsync(), m => Assert.NotNull(m.DeliveredAt));
        Assert.Equal("Finished", (await db.WorkflowInstances.SingleAsync(i => i.DefinitionId == "credit-check")).Status);
        crm.Stop();
        await serving;
    }

    [Fact]
    public async Task A_host_name_that_resolves_to_this_machine_is_refused_at_connect_time_and_takes_the_failed_to_connect_outcome()
    {
        // The machine's own name: the activity cannot judge a name, the deliverer resolves it and must refuse it.
        var name = Dns.GetHostName();
        var addresses = await Dns.GetHostAddressesAsync(name);
        Assert.True(addresses.Length > 0 && addresses.All(a => !FlowChannel.Workflows.Http.OutboundAddressPolicy.Default.CheckAddress(a).IsAllowed),
            $"This test needs the host name to resolve to this machine's internal addresses; '{name}' resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}.");
        var port = FreeTcpPort.Get();
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Any, port);
        listener.Start();
        await using var host = Host([]);
        await WorkflowDefinitions.PublishAsync(host, "credit-check.json");
        await WorkflowDefinitions.PublishAsync(host, "crm-sync.json");
        var admin = await ApiClient.AdminAsync(host);
        var started = await (await admin.PostAsJsonAsync("/api/events/crm.sync/trigger", new { payload = new { url = $"http://{name}:{port}/partners" } })).ReadJsonAsync();
        var instanceId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();

        await host.Services.GetRequiredService<WorkflowScheduler>().DeliverOutboxAsync(10, CancellationToken.None);

        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", (string?)instance!["subStatus"]);
        Assert.True(instance["journal"]!.AsArray().Any(e => (string?)e!["activityId"] == "unreachable"), instance.ToJsonString());
        Assert.False(listener.Pending(), "Nothing may have connected to the internal address.");
    }

    [Fact]
    public async Task A_request_given_up_after_its_last_attempt_takes_the_failed_to_connect_path_instead_of_waiting_for_ever()
    {
        await using var host = Host(new() { ["FlowChannel:Http:Allow:0"] = "127.0.0.1" });
        await WorkflowDefinitions.PublishAsync(host, "credit-check.json");
        await WorkflowDefinitions.PublishAsync(host, "crm-sync.json");
        var admin = await ApiClient.AdminAsync(host);
        var started = await (await admin.PostAsJsonAsync("/api/events/crm.sync/trigger", new { payload = new { url = "http://127.0.0.1:9/partners" } })).ReadJsonAsync();
        var instanceId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // A message its deliverer cannot handle, on its last attempt.
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            var message = await db.OutboxMessages.SingleAsync(m => m.InstanceId == instanceId);
            var payload = JsonNode.Parse(message.PayloadJson)!;
            payload["method"] = "NOT A METHOD";
            message.PayloadJson = payload.ToJsonString();
            message.Attempts = FlowChannel.Application.Outbox.RecordOutboxResultHandler.MaxAttempts - 1;
            await db.SaveChangesAsync();
        }

        await host.Services.GetRequiredService<WorkflowScheduler>().DeliverOutboxAsync(10, CancellationToken.None);

        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", (string?)instance!["subStatus"]);
        Assert.True(instance["journal"]!.AsArray().Any(e => (string?)e!["activityId"] == "unreachable"), instance.ToJsonString());
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private FlowChannelHost Host(Dictionary<string, string?> settings)
    {
        settings["FlowChannel:Scheduler:Enabled"] = "false";
        var host = new FlowChannelHost(_folder.FullName, settings: settings);
        _ = host.Server;
        return host;
    }
}
