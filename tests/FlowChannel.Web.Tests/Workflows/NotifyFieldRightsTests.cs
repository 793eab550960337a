using System.Net.Http.Json;
using FlowChannel.Persistence;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Durability;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Workflows;

/// <summary>
/// A notification about a record is rendered for each person through their own field rights: a field their permission
/// sets hide is missing from their in-app message and their email, while a person allowed to see it reads it.
/// </summary>
public sealed class NotifyFieldRightsTests : IDisposable
{
    private const string HiddenScore = "8675309";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-notify-rights-");

    [Fact]
    public async Task A_field_hidden_from_a_recipient_is_absent_from_their_notification_and_email_but_shown_to_one_who_may_see_it()
    {
        await using var host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?> { ["FlowChannel:Scheduler:Enabled"] = "false" });
        _ = host.Server;
        await WorkflowDefinitions.PublishAsync(host, "profile-notice.json", "Workflows");
        var admin = await ApiClient.AdminAsync(host);
        var record = new { formId = "partner-profile", data = new { companyName = "华东智联", screeningScore = int.Parse(HiddenScore, System.Globalization.CultureInfo.InvariantCulture), contactName = "李强" } };

        var started = await (await admin.PostAsJsonAsync("/api/events/profile.notice/trigger", new { payload = new { to = new[] { "partner-admin", "manager" }, record } })).ReadJsonAsync();
        var instanceId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();
        await host.Services.GetRequiredService<WorkflowScheduler>().DeliverOutboxAsync(10, CancellationToken.None);

        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var users = await db.Users.ToDictionaryAsync(u => u.Id, u => u.UserName!);
        var messages = (await db.Notifications.Where(n => n.InstanceId == instanceId).ToListAsync()).ToDictionary(n => users[n.RecipientUserId]);

        // The partner's own users may not see the screening score of their profile (set "own-partner").
        var partner = messages["partner-admin"];
        Assert.Equal("伙伴档案：华东智联 ", partner.Subject);
        Assert.Equal("评分 [] [] 联系人 李强", partner.Body);
        var manager = messages["manager"];
        Assert.Equal($"伙伴档案：华东智联 {HiddenScore}", manager.Subject);
        Assert.Equal($"评分 [{HiddenScore}] [{HiddenScore}] 联系人 李强", manager.Body);

        var mails = Directory.GetFiles(Path.Combine(_folder.FullName, "mail-pickup"), "*.eml").Select(File.ReadAllText).ToList();
        Assert.Equal(2, mails.Count);
        var toPartner = Assert.Single(mails, m => m.Contains("To: partner-admin@", StringComparison.Ordinal));
        Assert.DoesNotContain(HiddenScore, toPartner, StringComparison.Ordinal);
        Assert.Contains(HiddenScore, Assert.Single(mails, m => m.Contains("To: manager@", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
