using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FlowChannel.Web.Tests.Approvals;

/// <summary>What approvals refuse or fix on their own: wrong people, stale approvals, nobody to ask, late turns.</summary>
public sealed class ApprovalSafeguardTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    [Theory]
    [InlineData("admin", "submitter")]
    [InlineData("applicant", "Partner users")]
    [InlineData("fin2", "already has a task")]
    public async Task Transfers_and_signers_go_only_to_staff_outside_the_round_who_did_not_submit(string target, string reason)
    {
        var id = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("fin1", "fin2"), ["mode"] = "all" });
        var task = await fixture.OpenTaskAsync(id, "fin1");

        foreach (var action in new[] { "transfer", "addSigner" })
        {
            var response = await fixture.ActAsync("fin1", task.Id, new { action, targetUser = target });

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var error = (await response.ReadJsonAsync())["errors"]![0]!;
            Assert.Equal("targetUser", (string?)error["path"]);
            Assert.Contains(reason, (string?)error["message"], StringComparison.Ordinal);
        }

        Assert.Equal(TaskStatuses.Open, (await fixture.OpenTaskAsync(id, "fin1")).Status);
    }

    [Fact]
    public async Task A_resubmission_cannot_write_fields_the_form_computes()
    {
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        var record = await (await applicant.PostAsJsonAsync("/api/forms/partner-application/records", Applications.Strong("重新提交测试有限公司"))).ReadJsonAsync();
        var id = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("fin1"), ["recordId"] = record["recordId"]!.DeepClone() });
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, new { action = "return", comment = "fix" })).StatusCode);
        var resubmit = Assert.Single(await fixture.TasksAsync(id), t => t.Kind == TaskKinds.Resubmit);
        var offered = (await (await fixture.SignInAsync("admin")).GetFromJsonAsync<JsonObject>($"/api/tasks/{resubmit.Id}"))!["editableFields"]!
            .AsArray().Select(n => (string)n!).ToList();
        Assert.Contains("teamSize", offered);
        Assert.DoesNotContain("applicationNo", offered);
        Assert.DoesNotContain("assessmentAverage", offered);

        var computed = await fixture.ActAsync("admin", resubmit.Id, new { action = "resubmit", data = new { assessmentAverage = 5, applicationNo = "X-1" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, computed.StatusCode);
        var paths = (await computed.ReadJsonAsync())["errors"]!.AsArray().Select(e => (string)e!["path"]!).Order(StringComparer.Ordinal);
        Assert.Equal(["data/applicationNo", "data/assessmentAverage"], paths);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("admin", resubmit.Id, new { action = "resubmit", data = new { teamSize = 90 } })).StatusCode);
    }

    [Fact]
    public async Task A_step_set_to_fault_when_nobody_is_found_faults_the_instance_and_leaves_nothing_open()
    {
        var id = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("role:auditor"), ["whenNoApprover"] = "fault" });

        var instance = await fixture.InstanceAsync(id);
        Assert.Equal("Faulted", (string?)instance["subStatus"]);
        Assert.Contains("No approver was found", (string?)instance["incidents"]![0]!["message"], StringComparison.Ordinal);
        Assert.Empty(await fixture.TasksAsync(id));
        Assert.Empty(instance["bookmarks"]!.AsArray());
    }

    [Fact]
    public async Task Approvals_from_before_a_return_are_not_skipped_again()
    {
        var input = new JsonObject { ["first"] = new JsonArray("fin1"), ["second"] = new JsonArray("dir1"), ["autoSkip"] = true };
        var id = await fixture.StartAsync(input);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, new { action = "approve" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("dir1", (await fixture.OpenTaskAsync(id, "dir1")).Id, new { action = "return", returnTo = "first", comment = "recheck" })).StatusCode);

        // fin1 approved this step before the return; the record is to be looked at again, so fin1 is asked again.
        Assert.Equal("first", (await fixture.OpenTaskAsync(id, "fin1")).ActivityId);
    }

    [Fact]
    public async Task Each_turn_of_an_in_order_round_gets_the_whole_due_allowance_from_when_it_opens()
    {
        var id = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("fin1", "fin2"), ["mode"] = "inOrder", ["dueIn"] = "PT1H" });
        var tasks = await fixture.TasksAsync(id);
        Assert.Null(tasks.Single(t => t.AssigneeUserId == fixture.UserIds["fin2"]).DueAt);

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, new { action = "approve" })).StatusCode);

        var second = await fixture.OpenTaskAsync(id, "fin2");
        Assert.InRange(second.DueAt!.Value, DateTime.UtcNow.AddMinutes(59), DateTime.UtcNow.AddMinutes(61));
    }

    [Fact]
    public async Task A_file_on_a_comment_can_be_opened_by_the_others_in_the_process_but_not_by_outsiders()
    {
        var id = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("fin1", "fin2"), ["mode"] = "all" });
        var fin1 = await fixture.SignInAsync("fin1");
        using var content = new MultipartFormDataContent { { new ByteArrayContent("合同"u8.ToArray()), "file", "contract.txt" } };
        var fileId = (string)(await (await fin1.PostAsync("/api/files", content)).ReadJsonAsync())["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, new { action = "comment", comment = "contract", attachments = new[] { fileId } })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await (await fixture.SignInAsync("fin2")).GetAsync($"/api/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await fixture.SignInAsync("dir1")).GetAsync($"/api/files/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task Tasks_stored_before_rounds_existed_read_as_approval_tasks()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FlowChannelDbContext>();
        var id = Guid.NewGuid();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "WorkflowTasks" ("Id", "InstanceId", "BookmarkId", "ActivityId", "Title", "Status", "CreatedAt", "Version", "Sequence")
            VALUES ({id}, 'legacy', 'legacy-bookmark', 'approve', 'Old task', 'open', {DateTime.UtcNow}, 0, 0)
            """);

        Assert.Equal(TaskKinds.Approval, (await db.WorkflowTasks.AsNoTracking().SingleAsync(t => t.Id == id)).Kind);
    }
}
