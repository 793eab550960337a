using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Durability;

/// <summary>
/// Timers and events on a real SQLite file across real restarts of the host: a timer that falls due while the
/// process is down fires once after start; an event resumes exactly the instances waiting on it.
/// </summary>
public sealed class TimerAndEventTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-timers-");

    [Fact]
    public async Task A_timer_due_while_the_process_was_down_fires_once_after_start_and_an_event_then_finishes_the_instance()
    {
        string instanceId;
        await using (var first = Host(schedulerOn: false))
        {
            await WorkflowDefinitions.PublishAsync(first, "delayed-confirmation.json");
            var admin = await ApiClient.AdminAsync(first);
            var started = await (await admin.PostAsJsonAsync("/api/events/durability.start/trigger", new { payload = new { partner = "华东渠道" } })).ReadJsonAsync();
            instanceId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();
            var timer = Assert.Single(await BookmarksAsync(first, instanceId));
            Assert.Equal(BookmarkKinds.Timer, timer.Kind);
            Assert.InRange(timer.DueAt!.Value, DateTime.UtcNow.AddSeconds(-5), DateTime.UtcNow.AddSeconds(2));
        }

        // The process is down while the timer falls due.
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        await using var second = Host(schedulerOn: true);
        var waiting = await WaitForAsync(second, instanceId, b => b.Kind == BookmarkKinds.Event);
        Assert.Equal("durability.confirm", waiting.Key);
        var client = await ApiClient.AdminAsync(second);
        var instance = await client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        var journal = instance!["journal"]!.AsArray();
        Assert.Single(journal, e => (string?)e!["activityId"] == "afterWait" && (string?)e["status"] == "Completed");

        var confirm = await (await client.PostAsJsonAsync("/api/events/durability.confirm/trigger", new { payload = new { ok = true } })).ReadJsonAsync();
        Assert.Equal([instanceId], confirm["resumed"]!.AsArray().Select(n => n!.GetValue<string>()));
        instance = await client.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", (string?)instance!["status"]);
        Assert.Empty(await BookmarksAsync(second, instanceId));

        var again = await (await client.PostAsJsonAsync("/api/events/durability.confirm/trigger", new { })).ReadJsonAsync();
        Assert.Empty(again["resumed"]!.AsArray());
    }

    [Fact]
    public async Task Only_administrators_publish_events()
    {
        await using var host = Host(schedulerOn: false);
        var manager = await ApiClient.ManagerAsync(host);

        var response = await manager.PostAsJsonAsync("/api/events/durability.start/trigger", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_timer_trigger_missed_for_hours_starts_one_instance_and_moves_on_to_its_next_fire()
    {
        await using var host = Host(schedulerOn: false);
        await WorkflowDefinitions.PublishAsync(host, "hourly-check.json");
        var trigger = await TriggerAsync(host);
        Assert.InRange(trigger.NextFireAt!.Value, DateTime.UtcNow.AddMinutes(59), DateTime.UtcNow.AddMinutes(61));

        // Down for five hours: five fires were missed.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            (await db.WorkflowTriggers.SingleAsync(t => t.Id == trigger.Id)).NextFireAt = DateTime.UtcNow.AddHours(-5);
            await db.SaveChangesAsync();
        }

        var scheduler = host.Services.GetRequiredService<WorkflowScheduler>();
        Assert.Equal(1, await scheduler.SweepAsync(100, CancellationToken.None));
        Assert.Equal(0, await scheduler.SweepAsync(100, CancellationToken.None));

        await using var check = host.Services.CreateAsyncScope();
        var instances = await check.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowInstances
            .Where(i => i.DefinitionId == "hourly-check").ToListAsync();
        Assert.Equal("Finished", Assert.Single(instances).Status);
        Assert.True((await TriggerAsync(host)).NextFireAt > DateTime.UtcNow.AddMinutes(59));
    }

    [Fact]
    public async Task A_timer_row_whose_bookmark_is_gone_is_removed_and_does_not_block_the_sweep()
    {
        await using var host = Host(schedulerOn: false);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            db.WorkflowBookmarks.Add(new WorkflowBookmark
            {
                Id = "stale-timer", InstanceId = "no-such-instance", ActivityId = "wait", Kind = BookmarkKinds.Timer,
                DueAt = DateTime.UtcNow.AddHours(-1),
            });
            await db.SaveChangesAsync();
        }

        await host.Services.GetRequiredService<WorkflowScheduler>().SweepAsync(1, CancellationToken.None);

        await using var check = host.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowBookmarks.AnyAsync(b => b.Id == "stale-timer"));
    }

    [Fact]
    public async Task A_timer_that_keeps_failing_rests_and_does_not_starve_the_timers_due_after_it()
    {
        await using var host = Host(schedulerOn: false);
        await WorkflowDefinitions.PublishAsync(host, "delayed-confirmation.json");
        var admin = await ApiClient.AdminAsync(host);
        var started = await (await admin.PostAsJsonAsync("/api/events/durability.start/trigger", new { payload = new { partner = "退避测试" } })).ReadJsonAsync();
        var goodId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // An instance whose saved state cannot be read: resuming it fails every time, and it is due first.
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            db.WorkflowInstances.Add(new WorkflowInstance
            {
                Id = "broken-instance", DefinitionId = "delayed-confirmation", DefinitionVersionId = "x", DefinitionVersion = 1,
                Status = "Running", SubStatus = "Suspended", StateJson = "{ not json",
            });
            db.WorkflowBookmarks.Add(new WorkflowBookmark
            {
                Id = "broken-timer", InstanceId = "broken-instance", ActivityId = "wait", Kind = BookmarkKinds.Timer,
                DueAt = DateTime.UtcNow.AddHours(-1),
            });
            await db.SaveChangesAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var scheduler = host.Services.GetRequiredService<WorkflowScheduler>();
        Assert.Equal(0, await scheduler.SweepAsync(1, CancellationToken.None));
        Assert.Equal(1, await scheduler.SweepAsync(1, CancellationToken.None));

        Assert.Equal(BookmarkKinds.Event, Assert.Single(await BookmarksAsync(host, goodId)).Kind);
        Assert.Single(await BookmarksAsync(host, "broken-instance"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private FlowChannelHost Host(bool schedulerOn)
    {
        var host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?>
        {
            ["FlowChannel:Scheduler:Enabled"] = schedulerOn ? "true" : "false",
            ["FlowChannel:Scheduler:PollInterval"] = "00:00:00.100",
        });
        _ = host.Server;
        return host;
    }

    private static async Task<List<WorkflowBookmark>> BookmarksAsync(FlowChannelHost host, string instanceId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowBookmarks.AsNoTracking()
            .Where(b => b.InstanceId == instanceId).ToListAsync();
    }

    private static async Task<WorkflowTrigger> TriggerAsync(FlowChannelHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().WorkflowTriggers.AsNoTracking()
            .SingleAsync(t => t.DefinitionId == "hourly-check" && t.Kind == TriggerKinds.Timer);
    }

    private static async Task<WorkflowBookmark> WaitForAsync(FlowChannelHost host, string instanceId, Func<WorkflowBookmark, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if ((await BookmarksAsync(host, instanceId)).FirstOrDefault(condition) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Instance {instanceId} did not reach the expected bookmark within 20 s.");
    }
}
