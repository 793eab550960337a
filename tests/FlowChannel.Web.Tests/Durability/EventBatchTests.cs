using System.Net.Http.Json;
using FlowChannel.Persistence;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Durability;

/// <summary>An event with more waiters than one batch wakes them all, through follow-ups, and no one who came later.</summary>
public sealed class EventBatchTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-event-batch-");

    [Fact]
    public async Task Every_instance_waiting_when_the_event_is_published_wakes_in_batches_and_later_waiters_keep_waiting()
    {
        await using var host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?>
        {
            ["FlowChannel:Scheduler:Enabled"] = "false",
            ["FlowChannel:Events:ResumedPerBatch"] = "2",
        });
        await WorkflowDefinitions.PublishAsync(host, "event-batch.json");
        var admin = await ApiClient.AdminAsync(host);
        var waiting = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var started = await (await admin.PostAsJsonAsync("/api/events/batch.start/trigger", new { payload = new { i } })).ReadJsonAsync();
            waiting.Add((string)started["started"]![0]!);
        }

        await Task.Delay(20);
        var go = await (await admin.PostAsJsonAsync("/api/events/batch.go/trigger", new { payload = new { ok = true } })).ReadJsonAsync();
        Assert.Equal(2, go["resumed"]!.AsArray().Count);
        Assert.True((bool)go["continued"]!);

        // Started after the publication: the follow-ups must not wake it.
        await Task.Delay(20);
        var late = (string)(await (await admin.PostAsJsonAsync("/api/events/batch.start/trigger", new { payload = new { late = true } })).ReadJsonAsync())["started"]![0]!;
        var scheduler = host.Services.GetRequiredService<WorkflowScheduler>();
        // Two follow-ups wake the remaining three (two, then one); a third delivery finds nothing left.
        var deliveries = new List<int>();
        for (var round = 0; round < 5 && (deliveries.Count == 0 || deliveries[^1] > 0); round++)
        {
            deliveries.Add(await scheduler.DeliverOutboxAsync(10, CancellationToken.None));
        }

        Assert.Equal([1, 1, 0], deliveries);

        await using var scope = host.Services.CreateAsyncScope();
        var statuses = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowInstances.AsNoTracking()
            .Where(i => i.DefinitionId == "event-batch").ToDictionaryAsync(i => i.Id, i => i.Status);
        Assert.All(waiting, id => Assert.Equal("Finished", statuses[id]));
        Assert.Equal("Running", statuses[late]);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
