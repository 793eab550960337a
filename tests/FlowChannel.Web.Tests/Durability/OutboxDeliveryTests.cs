using System.Text.Json.Nodes;
using FlowChannel.Application.Outbox;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.TestSupport;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Durability;

/// <summary>The outbox on a real SQLite file: delivered once to the pickup folder, retried with backoff, given up in the end.</summary>
public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-outbox-");

    [Fact]
    public async Task An_email_is_written_to_the_pickup_folder_once_with_its_idempotency_key_as_message_id()
    {
        await using var host = Host();
        var id = await EnqueueAsync(host, "wf-1:send-mail:1");
        var scheduler = host.Services.GetRequiredService<WorkflowScheduler>();

        Assert.Equal(1, await scheduler.DeliverOutboxAsync(10, CancellationToken.None));
        Assert.Equal(0, await scheduler.DeliverOutboxAsync(10, CancellationToken.None));

        var files = Directory.GetFiles(Path.Combine(_folder.FullName, "mail-pickup"), "*.eml");
        var text = await File.ReadAllTextAsync(Assert.Single(files));
        Assert.Contains("Message-Id: <wf-1_send-mail_1@flowchannel>", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("To: partner@example.cn", text, StringComparison.Ordinal);
        Assert.Contains("Cc: manager@example.cn", text, StringComparison.Ordinal);
        var row = await FindAsync(host, id);
        Assert.NotNull(row.DeliveredAt);
        Assert.Equal(1, row.Attempts);
    }

    [Fact]
    public async Task A_refused_mail_server_is_retried_later_and_given_up_after_the_last_attempt()
    {
        var closedPort = FreeTcpPort.Get();
        await using var host = Host(new()
        {
            ["FlowChannel:Email:Host"] = "127.0.0.1",
            ["FlowChannel:Email:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FlowChannel:Email:Security"] = "None",
        });
        var id = await EnqueueAsync(host, "wf-2:send-mail:1");
        var scheduler = host.Services.GetRequiredService<WorkflowScheduler>();
        var before = DateTime.UtcNow;

        Assert.Equal(0, await scheduler.DeliverOutboxAsync(10, CancellationToken.None));

        var failed = await FindAsync(host, id);
        Assert.Null(failed.DeliveredAt);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("could not be sent", failed.LastError, StringComparison.Ordinal);
        Assert.InRange(failed.NextAttemptAt, before.AddSeconds(25), DateTime.UtcNow.AddSeconds(35));
        // Not due yet: the next sweep leaves it alone.
        Assert.Equal(0, await scheduler.DeliverOutboxAsync(10, CancellationToken.None));
        Assert.Equal(1, (await FindAsync(host, id)).Attempts);

        await UpdateAsync(host, id, m =>
        {
            m.Attempts = RecordOutboxResultHandler.MaxAttempts - 1;
            m.NextAttemptAt = DateTime.UtcNow.AddMinutes(-1);
        });
        Assert.Equal(0, await scheduler.DeliverOutboxAsync(10, CancellationToken.None));

        var abandoned = await FindAsync(host, id);
        Assert.NotNull(abandoned.AbandonedAt);
        Assert.Equal(RecordOutboxResultHandler.MaxAttempts, abandoned.Attempts);
    }

    [Fact]
    public async Task A_message_that_breaks_its_deliverer_counts_as_a_failed_attempt_and_does_not_stop_the_others()
    {
        await using var host = Host();
        Guid poison;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            poison = OutboxWriter.Enqueue(db, OutboxKinds.Http, new JsonObject { ["method"] = "NOT A METHOD", ["url"] = "http://example.cn/" },
                "poison-1", null, null, DateTime.UtcNow.AddMinutes(-1)).Id;
            await db.SaveChangesAsync();
        }

        var mail = await EnqueueAsync(host, "after-poison-1");

        Assert.Equal(1, await host.Services.GetRequiredService<WorkflowScheduler>().DeliverOutboxAsync(10, CancellationToken.None));
        var failed = await FindAsync(host, poison);
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.DeliveredAt);
        Assert.Contains("FormatException", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAt > DateTime.UtcNow.AddSeconds(20));
        Assert.NotNull((await FindAsync(host, mail)).DeliveredAt);
    }

    [Fact]
    public void Retry_delays_double_from_thirty_seconds_up_to_four_hours()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), RecordOutboxResultHandler.Backoff(1));
        Assert.Equal(TimeSpan.FromMinutes(1), RecordOutboxResultHandler.Backoff(2));
        Assert.Equal(TimeSpan.FromMinutes(4), RecordOutboxResultHandler.Backoff(4));
        Assert.Equal(TimeSpan.FromHours(4), RecordOutboxResultHandler.Backoff(20));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    // The sweeps run by hand here, so the host's own background sweep is off.
    private FlowChannelHost Host(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["FlowChannel:Scheduler:Enabled"] = "false";
        var host = new FlowChannelHost(_folder.FullName, settings: settings);
        _ = host.Server;
        return host;
    }

    private static async Task<Guid> EnqueueAsync(FlowChannelHost host, string key)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var payload = new JsonObject
        {
            ["from"] = "flowchannel@example.cn",
            ["to"] = new JsonArray("partner@example.cn"),
            ["cc"] = new JsonArray("manager@example.cn"),
            ["subject"] = "返利结算单 Rebate statement",
            ["body"] = "<p>Q3</p>",
        };
        var message = OutboxWriter.Enqueue(db, OutboxKinds.Email, payload, key, null, null, DateTime.UtcNow);
        await db.SaveChangesAsync();
        return message.Id;
    }

    private static async Task<OutboxMessage> FindAsync(FlowChannelHost host, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task UpdateAsync(FlowChannelHost host, Guid id, Action<OutboxMessage> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        change(await db.OutboxMessages.SingleAsync(m => m.Id == id));
        await db.SaveChangesAsync();
    }
}
