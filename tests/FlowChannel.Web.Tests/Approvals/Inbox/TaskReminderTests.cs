using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Approvals.Inbox;

/// <summary>
/// An approval step's due time driven by the engine's sweep: the reminder and then the overdue action each reach the
/// approver in the app (a notification row) and by e-mail (a message in the development pickup folder).
/// </summary>
public sealed class TaskReminderTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    [Fact]
    public async Task The_reminder_and_the_automatic_approval_reach_the_approver_in_the_app_and_by_email()
    {
        var input = new JsonObject
        {
            ["first"] = new JsonArray("fin1"),
            ["mode"] = "any",
            ["dueIn"] = "PT4S",
            ["remindBefore"] = "PT3S",
            ["overdue"] = "approve",
        };
        var id = await fixture.StartAsync(input);
        var scheduler = fixture.Host.Services.GetRequiredService<WorkflowScheduler>();
        var fin1 = fixture.UserIds["fin1"];

        await SweepUntilAsync(scheduler, async () => (await fixture.TasksAsync(id)).Single().RemindedAt is not null);
        await scheduler.DeliverOutboxAsync(100, CancellationToken.None);
        var reminder = Assert.Single(await NotificationsAsync(id), n => n.Subject == "Reminder: Incentive claim");
        Assert.Equal(fin1, reminder.RecipientUserId);
        Assert.Contains("due at", reminder.Body, StringComparison.Ordinal);
        Assert.Single(Mails(), m => m.Contains("To: fin1@example.com", StringComparison.Ordinal) && m.Contains("Reminder: Incentive claim", StringComparison.Ordinal));

        await SweepUntilAsync(scheduler, async () => (await fixture.TasksAsync(id)).Single().Status != TaskStatuses.Open);
        await scheduler.DeliverOutboxAsync(100, CancellationToken.None);
        Assert.Equal(["approved"], await fixture.LinesAsync(id));
        var overdue = Assert.Single(await NotificationsAsync(id), n => n.Subject == "Overdue: Incentive claim");
        Assert.Equal(fin1, overdue.RecipientUserId);
        Assert.Contains("approved automatically", overdue.Body, StringComparison.Ordinal);
        Assert.Single(Mails(), m => m.Contains("To: fin1@example.com", StringComparison.Ordinal) && m.Contains("Overdue: Incentive claim", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_inbox_says_what_the_due_time_of_each_open_task_will_do()
    {
        var rejects = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("fin2"), ["dueIn"] = "PT1H", ["overdue"] = "reject" });
        var nothing = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("fin2"), ["dueIn"] = "PT1H" });
        var fin2 = await fixture.SignInAsync("fin2");

        var items = (await fin2.GetFromJsonAsync<JsonObject>("/api/inbox?tab=todo&pageSize=200"))!["items"]!.AsArray();
        string? ActionOf(string instanceId) => (string?)items.Single(i => (string?)i!["instanceId"] == instanceId)!["overdueAction"];
        Assert.Equal("Reject", ActionOf(rejects));
        Assert.Null(ActionOf(nothing));
    }

    private async Task<List<Notification>> NotificationsAsync(string instanceId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().Notifications.AsNoTracking()
            .Where(n => n.InstanceId == instanceId).ToListAsync();
    }

    /// <summary>The e-mails written to the host's pickup folder (its development delivery), as text.</summary>
    private List<string> Mails()
    {
        var folder = fixture.Host.Services.GetRequiredService<IConfiguration>()["FlowChannel:Email:PickupDirectory"]!;
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText)] : [];
    }

    /// <summary>Sweeps until <paramref name="done"/>, for at most 20 s: due times are real seconds here.</summary>
    private static async Task SweepUntilAsync(WorkflowScheduler scheduler, Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < deadline, "The scheduler did not get there within 20 s.");
            await scheduler.SweepAsync(100, CancellationToken.None);
            await Task.Delay(200);
        }
    }
}
