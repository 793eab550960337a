using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Api.Inbox;

/// <summary>
/// <c>POST /api/records/{id}/withdraw</c> on the partner-application flow: the applicant takes an application back while
/// the channel manager has not decided; afterwards, and for anyone else, it is refused.
/// </summary>
public sealed class WithdrawApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task The_submitter_withdraws_before_any_approval_and_the_task_leaves_the_approvers_inbox()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var record = await SubmitAsync(applicant, "撤回测试甲有限公司");
        Assert.Contains(record, await TodoRecordsAsync(manager));

        var response = await applicant.PostAsJsonAsync($"/api/records/{record}/withdraw", new { comment = "提交错了" });
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        Assert.Equal("withdrawn", (string?)body["recordStatus"]);
        Assert.Equal(1, (int)body["closedTasks"]!);

        Assert.DoesNotContain(record, await TodoRecordsAsync(manager));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var stored = await db.FormRecords.AsNoTracking().SingleAsync(r => r.Id == Guid.Parse(record));
        Assert.Equal(RecordStatuses.Withdrawn, stored.Status);
        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == stored.WorkflowInstanceId);
        Assert.Equal(("Finished", "Cancelled"), (instance.Status, instance.SubStatus));
        var task = await db.WorkflowTasks.AsNoTracking().SingleAsync(t => t.InstanceId == instance.Id);
        Assert.Equal((TaskStatuses.Cancelled, "Withdrawn"), (task.Status, task.Outcome));
        Assert.Empty(await db.WorkflowBookmarks.AsNoTracking().Where(b => b.InstanceId == instance.Id).ToListAsync());
        var entry = await db.WorkflowTimeline.AsNoTracking().SingleAsync(e => e.InstanceId == instance.Id && e.Action == TimelineActions.Withdrawn);
        Assert.Equal("提交错了", entry.Comment);
        Assert.True(await db.AuditLog.AsNoTracking().AnyAsync(a => a.Action == "workflow.withdraw" && a.ObjectId == instance.Id));

        // The manager's task is closed: acting on it now is a conflict, and withdrawing twice is too.
        var late = await manager.PostAsJsonAsync($"/api/tasks/{task.Id}/actions", new { action = "approve" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await applicant.PostAsJsonAsync($"/api/records/{record}/withdraw", new { })).StatusCode);
    }

    [Fact]
    public async Task Withdrawal_is_refused_once_the_submission_was_approved()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var record = await SubmitAsync(applicant, "撤回测试乙有限公司");
        var task = (await InboxAsync(manager, "撤回测试乙")).Single();
        var approved = await manager.PostAsJsonAsync($"/api/tasks/{task["taskId"]}/actions", new { action = "approve", comment = "ok" });
        Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());

        var response = await applicant.PostAsJsonAsync($"/api/records/{record}/withdraw", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("can no longer be withdrawn", (string?)(await response.ReadJsonAsync())["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_submitter_may_withdraw()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var partner = await ApiClient.SignInAsync(fixture.Host, "partner-user", FlowChannelHost.SamplePassword);
        var record = await SubmitAsync(applicant, "撤回测试丙有限公司");

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync($"/api/records/{record}/withdraw", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.PostAsJsonAsync($"/api/records/{record}/withdraw", new { })).StatusCode);
        Assert.Contains(record, await TodoRecordsAsync(manager));
    }

    private static async Task<string> SubmitAsync(HttpClient client, string company)
    {
        var response = await client.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong(company));
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body["recordId"]!.GetValue<string>();
    }

    private static async Task<List<JsonObject>> InboxAsync(HttpClient client, string search = "") =>
        [.. (await client.GetFromJsonAsync<JsonObject>($"/api/inbox?tab=todo&pageSize=200&search={Uri.EscapeDataString(search)}"))!["items"]!
            .AsArray().Select(i => i!.AsObject())];

    private static async Task<List<string>> TodoRecordsAsync(HttpClient client) =>
        [.. (await InboxAsync(client)).Select(i => i["recordId"]!.GetValue<string>())];
}
