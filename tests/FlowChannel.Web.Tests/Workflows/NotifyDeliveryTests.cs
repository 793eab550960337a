using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Durability;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Workflows;

/// <summary>
/// <c>FlowChannel.Notify</c> on a real host: people found by user name or email, copies marked, each in their own
/// language, email through the outbox into the pickup folder, and people without an address told in the app only.
/// </summary>
public sealed class NotifyDeliveryTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-notify-");

    [Fact]
    public async Task Recipients_and_copies_get_in_app_messages_and_one_email_each_in_their_language()
    {
        await using var host = await HostAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            await db.Users.Where(u => u.UserName == "manager").ExecuteUpdateAsync(u => u.SetProperty(x => x.Culture, "en"));
            await db.Users.Where(u => u.UserName == "applicant").ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, (string?)null));
        }

        var instanceId = await TriggerAsync(host, new { to = new[] { "manager", "applicant" }, cc = "admin@flowchannel.local", company = "华东智联" });
        var scheduler = host.Services.GetRequiredService<WorkflowScheduler>();
        await scheduler.DeliverOutboxAsync(10, CancellationToken.None);

        await using var check = host.Services.CreateAsyncScope();
        var store = check.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var users = await store.Users.ToDictionaryAsync(u => u.Id, u => u.UserName!);
        var messages = (await store.Notifications.Where(n => n.InstanceId == instanceId).ToListAsync())
            .ToDictionary(n => users[n.RecipientUserId]);
        Assert.Equal(["admin", "applicant", "manager"], messages.Keys.Order());
        Assert.Equal("Partner notice: 华东智联", messages["manager"].Subject);
        Assert.Equal("合作伙伴通知：华东智联", messages["applicant"].Subject);
        Assert.Equal("华东智联 已更新。\n<请查看>", messages["admin"].Body);
        Assert.Equal([false, true, false], new[] { messages["manager"].IsCopy, messages["admin"].IsCopy, messages["applicant"].IsCopy });

        var mails = Directory.GetFiles(Path.Combine(_folder.FullName, "mail-pickup"), "*.eml").Select(File.ReadAllText).ToList();
        Assert.Equal(2, mails.Count);
        var toManager = Assert.Single(mails, m => m.Contains("To: manager@flowchannel.local", StringComparison.Ordinal));
        Assert.Contains("&lt;请查看&gt;", toManager, StringComparison.Ordinal);
        Assert.Single(mails, m => m.Contains("Cc: admin@flowchannel.local", StringComparison.Ordinal) && !m.Contains("To: admin", StringComparison.Ordinal));

        var admin = await ApiClient.AdminAsync(host);
        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Finished", (string?)instance!["subStatus"]);
        var note = instance["journal"]!.AsArray().Last(e => (string?)e!["activityId"] == "notice")!["message"]!.GetValue<string>();
        Assert.Contains("No email address, in-app copy only: applicant.", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_person_faults_the_instance_naming_activity_input_and_name_and_writes_nothing()
    {
        await using var host = await HostAsync();

        var instanceId = await TriggerAsync(host, new { to = new[] { "manager", "nobody.here" }, company = "华东智联" });

        var admin = await ApiClient.AdminAsync(host);
        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/workflow-instances/{instanceId}");
        Assert.Equal("Faulted", (string?)instance!["subStatus"]);
        var incident = Assert.Single(instance["incidents"]!.AsArray())!;
        Assert.Equal("notice", (string?)incident["activityId"]);
        Assert.Contains("input 'recipients': there is no user 'nobody.here'", (string?)incident["message"], StringComparison.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        Assert.False(await db.Notifications.AnyAsync(n => n.InstanceId == instanceId));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.InstanceId == instanceId && m.Kind == OutboxKinds.Email));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static async Task<string> TriggerAsync(FlowChannelHost host, object payload)
    {
        var admin = await ApiClient.AdminAsync(host);
        var started = await (await admin.PostAsJsonAsync("/api/events/partner.notice/trigger", new { payload })).ReadJsonAsync();
        return Assert.Single(started["started"]!.AsArray())!.GetValue<string>();
    }

    private async Task<FlowChannelHost> HostAsync()
    {
        var host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?> { ["FlowChannel:Scheduler:Enabled"] = "false" });
        _ = host.Server;
        await WorkflowDefinitions.PublishAsync(host, "partner-notice.json", "Workflows");
        return host;
    }
}
