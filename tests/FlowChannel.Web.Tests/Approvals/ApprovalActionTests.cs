using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Hosting;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Approvals;

/// <summary>What an approver can do besides approving: transfer, add signers, return, comment, edit fields; and due times.</summary>
public sealed class ApprovalActionTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    private static JsonObject Input(params string[] first) => new()
    {
        ["first"] = new JsonArray([.. first.Select(n => (JsonNode?)n)]),
        ["mode"] = "any",
    };

    [Fact]
    public async Task A_transferred_task_belongs_to_its_new_assignee_only()
    {
        var id = await fixture.StartAsync(Input("fin1"));
        var task = await fixture.OpenTaskAsync(id, "fin1");

        var toSelf = await fixture.ActAsync("fin1", task.Id, new { action = "transfer", targetUser = "fin1" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, toSelf.StatusCode);
        var unknown = await fixture.ActAsync("fin1", task.Id, new { action = "transfer", targetUser = "nobody" });
        Assert.Equal("targetUser", (string?)(await unknown.ReadJsonAsync())["errors"]![0]!["path"]);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", task.Id, new { action = "transfer", targetUser = "dir1@example.com", comment = "on leave" })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.ActAsync("fin1", task.Id, new { action = "approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("dir1", task.Id, new { action = "approve" })).StatusCode);
        Assert.Equal(["approved"], await fixture.LinesAsync(id));
    }

    [Fact]
    public async Task A_signer_added_before_decides_first_and_one_added_after_decides_last()
    {
        var id = await fixture.StartAsync(Input("fin1"));
        var task = await fixture.OpenTaskAsync(id, "fin1");

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", task.Id, new { action = "addSigner", targetUser = "fin2", position = "before" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.ActAsync("fin1", task.Id, new { action = "approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin2", (await fixture.OpenTaskAsync(id, "fin2")).Id, new { action = "approve" })).StatusCode);
        Assert.Empty(await fixture.LinesAsync(id));

        // Back with fin1, who approves and adds dir1 after: the step waits for dir1.
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", task.Id, new { action = "addSigner", targetUser = "dir1", position = "after" })).StatusCode);
        Assert.Empty(await fixture.LinesAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("dir1", (await fixture.OpenTaskAsync(id, "dir1")).Id, new { action = "approve" })).StatusCode);
        Assert.Equal(["approved"], await fixture.LinesAsync(id));
    }

    [Fact]
    public async Task A_rejection_by_an_added_signer_rejects_the_step()
    {
        var id = await fixture.StartAsync(Input("fin1"));
        var task = await fixture.OpenTaskAsync(id, "fin1");
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", task.Id, new { action = "addSigner", targetUser = "fin3" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin3", (await fixture.OpenTaskAsync(id, "fin3")).Id, new { action = "reject", comment = "no" })).StatusCode);

        Assert.Equal(["rejected"], await fixture.LinesAsync(id));
        Assert.Equal(TaskStatuses.Cancelled, Assert.Single(await fixture.TasksAsync(id), t => t.Id == task.Id).Status);
    }

    [Fact]
    public async Task A_return_to_the_submitter_waits_for_the_revised_record_then_asks_again()
    {
        var id = await fixture.StartAsync(Input("fin1"));
        var task = await fixture.OpenTaskAsync(id, "fin1");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await fixture.ActAsync("fin1", task.Id, new { action = "return" })).StatusCode);
        var badTarget = await fixture.ActAsync("fin1", task.Id, new { action = "return", comment = "x", returnTo = "second" });
        Assert.Equal("returnTo", (string?)(await badTarget.ReadJsonAsync())["errors"]![0]!["path"]);

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", task.Id, new { action = "return", comment = "add the contract" })).StatusCode);

        var resubmit = Assert.Single(await fixture.TasksAsync(id), t => t.Kind == TaskKinds.Resubmit);
        Assert.Equal(fixture.UserIds["admin"], resubmit.AssigneeUserId);
        Assert.Equal("add the contract", resubmit.Description);
        Assert.Equal(HttpStatusCode.BadRequest, (await fixture.ActAsync("admin", resubmit.Id, new { action = "approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("admin", resubmit.Id, new { action = "resubmit", comment = "attached" })).StatusCode);

        var again = await fixture.OpenTaskAsync(id, "fin1");
        Assert.NotEqual(task.Id, again.Id);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", again.Id, new { action = "approve" })).StatusCode);
        Assert.Equal(["approved"], await fixture.LinesAsync(id));
    }

    [Fact]
    public async Task A_later_step_can_return_to_an_earlier_one()
    {
        var id = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("fin1"), ["second"] = new JsonArray("dir1") });
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, new { action = "approve" })).StatusCode);

        var details = await (await fixture.SignInAsync("dir1")).GetFromJsonAsync<JsonObject>($"/api/tasks/{(await fixture.OpenTaskAsync(id, "dir1")).Id}");
        Assert.Equal("first", (string?)details!["returnTargets"]![0]!["activityId"]);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("dir1", (await fixture.OpenTaskAsync(id, "dir1")).Id, new { action = "return", returnTo = "first", comment = "check the amount" })).StatusCode);

        var reopened = await fixture.OpenTaskAsync(id, "fin1");
        Assert.Equal("first", reopened.ActivityId);
    }

    [Fact]
    public async Task Field_permissions_hide_fields_and_allow_edits_only_where_the_step_says()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var record = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("字段权限测试有限公司"))).ReadJsonAsync();
        var recordId = record["recordId"]!.GetValue<string>();
        var id = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("fin1"), ["recordId"] = recordId });
        var task = await fixture.OpenTaskAsync(id, "fin1");
        var fin1 = await fixture.SignInAsync("fin1");

        var details = (await fin1.GetFromJsonAsync<JsonObject>($"/api/tasks/{task.Id}"))!;
        Assert.False(details["record"]!["data"]!.AsObject().ContainsKey("contactPhone"));
        Assert.Equal("字段权限测试有限公司", (string?)details["record"]!["data"]!["companyName"]);
        Assert.Equal(["companyName"], details["editableFields"]!.AsArray().Select(n => (string)n!));

        var readOnly = await fixture.ActAsync("fin1", task.Id, new { action = "approve", data = new { contactName = "韩梅梅" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, readOnly.StatusCode);
        Assert.Equal("data/contactName", (string?)(await readOnly.ReadJsonAsync())["errors"]![0]!["path"]);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", task.Id, new { action = "approve", data = new { companyName = "字段权限测试（苏州）有限公司" } })).StatusCode);

        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>().FormRecords.SingleAsync(r => r.Id == Guid.Parse(recordId));
        Assert.Equal("字段权限测试（苏州）有限公司", (string?)JsonNode.Parse(stored.DataJson)!["companyName"]);
    }

    [Fact]
    public async Task A_comment_carries_the_commenters_files_and_shows_on_the_timeline()
    {
        var id = await fixture.StartAsync(Input("fin1"));
        var task = await fixture.OpenTaskAsync(id, "fin1");
        var fin1 = await fixture.SignInAsync("fin1");
        var fileId = await UploadAsync(fin1);
        var othersFile = await UploadAsync(await fixture.SignInAsync("fin2"));

        var foreign = await fixture.ActAsync("fin1", task.Id, new { action = "comment", comment = "x", attachments = new[] { fileId, othersFile } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, foreign.StatusCode);
        Assert.Equal("attachments[1]", (string?)(await foreign.ReadJsonAsync())["errors"]![0]!["path"]);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", task.Id, new { action = "comment", comment = "see the quote", attachments = new[] { fileId } })).StatusCode);

        var timeline = (await fin1.GetFromJsonAsync<JsonObject>($"/api/tasks/{task.Id}"))!["timeline"]!.AsArray();
        var comment = Assert.Single(timeline, e => (string?)e!["action"] == TimelineActions.Commented)!;
        Assert.Equal("see the quote", (string?)comment["comment"]);
        Assert.Equal([fileId], comment["attachments"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(TaskStatuses.Open, (await fixture.OpenTaskAsync(id, "fin1")).Status);
    }

    [Fact]
    public async Task Due_times_remind_once_then_apply_the_overdue_action()
    {
        var input = Input("fin1", "fin2");
        input["dueIn"] = "PT2S";
        input["remindBefore"] = "PT1S";
        input["overdue"] = "escalate";
        var id = await fixture.StartAsync(input);
        var scheduler = fixture.Host.Services.GetRequiredService<WorkflowScheduler>();

        await WaitUntilAsync(async () => (await fixture.TasksAsync(id)).All(t => t.RemindedAt is not null), scheduler);
        await using (var scope = fixture.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
            Assert.Equal(2, await db.Notifications.CountAsync(n => n.InstanceId == id && n.Subject.StartsWith("Reminder")));
            Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.InstanceId == id && m.Kind == "email" && EF.Functions.Like(m.IdempotencyKey, "task-reminder:%")));
        }

        await WaitUntilAsync(async () => (await fixture.LinesAsync(id)).Count > 0, scheduler);
        Assert.Equal(["escalated"], await fixture.LinesAsync(id));
        Assert.All(await fixture.TasksAsync(id), t => Assert.NotEqual(TaskStatuses.Open, t.Status));
    }

    private static async Task<string> UploadAsync(HttpClient client)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent("报价单"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        content.Add(file, "file", "quote.txt");
        return (string)(await (await client.PostAsync("/api/files", content)).ReadJsonAsync())["id"]!;
    }

    /// <summary>Sweeps until <paramref name="done"/>, for at most 20 s: due times are real seconds here.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> done, WorkflowScheduler scheduler)
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
