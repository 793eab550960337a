using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FlowChannel.TestSupport;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Durability;

/// <summary>
/// The executable killed outright between workflow steps: after a restart on the same database, the instance goes
/// on from where its last committed step left it, its timer fires once, and nothing is lost or stuck.
/// </summary>
public sealed class ProcessKillTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-kill-");

    [Fact]
    public async Task A_killed_process_restarts_and_the_waiting_instance_fires_its_timer_once_and_finishes()
    {
        string instanceId;
        await using (var first = await FlowChannelProcess.StartAsync(_folder.FullName))
        {
            var admin = await first.AdminAsync();
            // Five seconds: long enough that the kill surely comes first, which is checked below.
            var json = (await File.ReadAllTextAsync(RepositoryPaths.Combine("tests", "FlowChannel.Web.Tests", "Durability", "Definitions", "delayed-confirmation.json")))
                .Replace("\"00:00:01\"", "\"00:00:05\"", StringComparison.Ordinal);
            (await admin.PostAsync("/api/workflow-definitions/import?publish=true", new StringContent(json, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
            var started = await (await admin.PostAsJsonAsync("/api/events/durability.start/trigger", new { })).ReadJsonAsync();
            instanceId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();

            var before = await admin.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
            await first.KillAsync();
            Assert.Equal("timer", (string?)Assert.Single(before!["bookmarks"]!.AsArray())!["payload"]!["kind"]);
        }

        await using var second = await FlowChannelProcess.StartAsync(_folder.FullName);
        var client = await second.AdminAsync();
        var instance = await WaitAsync(client, instanceId, i => i["bookmarks"]!.AsArray().Any(b => (string?)b!["payload"]!["eventName"] == "durability.confirm"));
        Assert.Single(instance["journal"]!.AsArray(), e => (string?)e!["activityId"] == "afterWait");

        var confirmed = await (await client.PostAsJsonAsync("/api/events/durability.confirm/trigger", new { })).ReadJsonAsync();
        Assert.Equal([instanceId], confirmed["resumed"]!.AsArray().Select(n => n!.GetValue<string>()));
        var finished = await client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", (string?)finished!["subStatus"]);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static async Task<JsonObject> WaitAsync(HttpClient client, string instanceId, Func<JsonObject, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonObject? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
            if (condition(last!))
            {
                return last!;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Instance {instanceId} did not get there within 30 s: {last?.ToJsonString()}");
    }
}
