using System.Net;
using System.Net.Http.Json;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.TestSupport;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Durability;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Notifications;

/// <summary>
/// Email settings saved by an admin override configuration: the password is stored protected and never returned,
/// bad input is refused by field, and the next email goes to the saved SMTP server instead of the pickup folder.
/// </summary>
public sealed class EmailSettingsTests : IDisposable
{
    private const string Password = "smtp-Pa55word-not-in-the-database";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("flowchannel-email-settings-");

    [Fact]
    public async Task Only_admins_read_and_save_the_settings_and_bad_input_is_refused_by_field_storing_nothing()
    {
        await using var host = await HostAsync();
        var admin = await ApiClient.AdminAsync(host);
        var manager = await ApiClient.ManagerAsync(host);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/admin/settings/email")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutAsJsonAsync("/api/admin/settings/email", Settings("smtp.example.com"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().GetAsync("/api/admin/settings/email")).StatusCode);
        var bad = await admin.PutAsJsonAsync("/api/admin/settings/email",
            new { host = "not a host", port = 0, security = "Sometimes", defaultFrom = "nobody", clearPassword = false });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal(["host", "port", "security", "defaultFrom"], (await bad.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string?)e!["path"]));
        var current = await (await admin.GetAsync("/api/admin/settings/email")).ReadJsonAsync();
        Assert.False((bool)current["savedInApp"]!);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().AppSettings.AnyAsync());
    }

    [Fact]
    public async Task The_password_is_stored_protected_never_returned_kept_when_not_retyped_and_the_saved_server_is_used()
    {
        await using var host = await HostAsync();
        var admin = await ApiClient.AdminAsync(host);
        var closedPort = FreeTcpPort.Get();

        var saved = await admin.PutAsJsonAsync("/api/admin/settings/email", Settings("127.0.0.1", closedPort, Password));
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
        var again = await (await admin.PutAsJsonAsync("/api/admin/settings/email", Settings("127.0.0.1", closedPort, password: null))).ReadJsonAsync();

        Assert.True((bool)again["hasPassword"]!);
        Assert.True((bool)again["savedInApp"]!);
        var shown = await (await admin.GetAsync("/api/admin/settings/email")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Password, shown, StringComparison.Ordinal);
        Assert.Contains("\"hasPassword\":true", shown, StringComparison.Ordinal);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            Assert.DoesNotContain(Password, (await db.AppSettings.SingleAsync()).ValueJson, StringComparison.Ordinal);
            var audit = await db.AuditLog.Where(a => a.Action == "settings.email.saved").Select(a => a.Detail).ToListAsync();
            Assert.Equal(2, audit.Count);
            Assert.All(audit, detail => Assert.DoesNotContain(Password, detail!, StringComparison.Ordinal));
        }

        // Nothing listens on the saved port: the email fails there instead of landing in the pickup folder.
        await NotifyAsync(host, admin);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            var email = await db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.Email);
            Assert.Null(email.DeliveredAt);
            Assert.StartsWith("Email could not be sent", email.LastError, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(Pickup) && Directory.EnumerateFiles(Pickup).Any());

        // An empty host sends mail to the pickup folder again.
        (await admin.PutAsJsonAsync("/api/admin/settings/email", Settings(""))).EnsureSuccessStatusCode();
        await NotifyAsync(host, admin);
        Assert.Single(Directory.GetFiles(Pickup, "*.eml"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private string Pickup => Path.Combine(_folder.FullName, "mail-pickup");

    private static object Settings(string hostName, int port = 587, string? password = null) =>
        new { host = hostName, port, security = "None", userName = "mailer", password, clearPassword = false, defaultFrom = "flowchannel@example.com" };

    private static async Task NotifyAsync(FlowChannelHost host, HttpClient admin)
    {
        var payload = new { to = new[] { "manager" }, company = "邮件设置测试" };
        (await admin.PostAsJsonAsync("/api/events/partner.notice/trigger", new { payload })).EnsureSuccessStatusCode();
        await host.Services.GetRequiredService<WorkflowScheduler>().DeliverOutboxAsync(10, CancellationToken.None);
    }

    private async Task<FlowChannelHost> HostAsync()
    {
        var host = new FlowChannelHost(_folder.FullName, settings: new Dictionary<string, string?> { ["FlowChannel:Scheduler:Enabled"] = "false" });
        _ = host.Server;
        await WorkflowDefinitions.PublishAsync(host, "partner-notice.json", "Workflows");
        return host;
    }
}
