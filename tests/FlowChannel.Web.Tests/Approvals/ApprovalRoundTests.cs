using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Api;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Approvals;

/// <summary>Approval rounds through the REST API on a real SQLite file: approvers, modes, and how rounds end.</summary>
public sealed class ApprovalRoundTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    private static JsonObject Input(JsonNode first, string mode = "any", JsonNode? second = null, int? percentage = null) => new()
    {
        ["first"] = first,
        ["mode"] = mode,
        ["second"] = second,
        ["percentage"] = percentage,
    };

    private static JsonArray Users(params string[] names) => new([.. names.Select(n => (JsonNode?)n)]);

    private static object Approve(string? comment = null) => new { action = "approve", comment };

    [Fact]
    public async Task Any_one_of_a_role_decides_for_all_and_the_others_tasks_are_cancelled()
    {
        var id = await fixture.StartAsync(Input(Users("role:finance")));
        Assert.Equal(3, (await fixture.TasksAsync(id)).Count(t => t.Status == TaskStatuses.Open));

        var task = await fixture.OpenTaskAsync(id, "fin2");
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin2", task.Id, Approve("ok"))).StatusCode);

        var tasks = await fixture.TasksAsync(id);
        Assert.Equal(2, tasks.Count(t => t.Status == TaskStatuses.Cancelled));
        // The second step has nobody to ask and is set to approve then.
        Assert.Equal(["approved"], await fixture.LinesAsync(id));
        Assert.Equal("Finished", (string?)(await fixture.InstanceAsync(id))["status"]);
    }

    [Fact]
    public async Task All_must_approve_and_one_rejection_rejects()
    {
        var id = await fixture.StartAsync(Input(Users("fin1", "fin2", "fin3"), mode: "all"));

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, Approve())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin3", (await fixture.OpenTaskAsync(id, "fin3")).Id, Approve())).StatusCode);
        Assert.Empty(await fixture.LinesAsync(id));
        var noComment = await fixture.ActAsync("fin2", (await fixture.OpenTaskAsync(id, "fin2")).Id, new { action = "reject" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin2", (await fixture.OpenTaskAsync(id, "fin2")).Id, new { action = "reject", comment = "budget" })).StatusCode);

        Assert.Equal(["rejected"], await fixture.LinesAsync(id));
        var decisions = (await fixture.InstanceAsync(id))["journal"]!.AsArray();
        Assert.Contains(decisions, e => (string?)e!["activityId"] == "first" && e["outcomes"]!.AsArray().Any(o => (string?)o == "Rejected"));
    }

    [Fact]
    public async Task In_order_opens_one_approver_at_a_time()
    {
        var id = await fixture.StartAsync(Input(Users("fin3", "fin1"), mode: "依次"));
        var tasks = await fixture.TasksAsync(id);
        Assert.Equal([TaskStatuses.Open, TaskStatuses.Waiting], tasks.OrderBy(t => t.Sequence).Select(t => t.Status));

        var early = await fixture.ActAsync("fin1", tasks.Single(t => t.AssigneeUserId == fixture.UserIds["fin1"]).Id, Approve());
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin3", (await fixture.OpenTaskAsync(id, "fin3")).Id, Approve())).StatusCode);
        Assert.Empty(await fixture.LinesAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, Approve())).StatusCode);
        Assert.Equal(["approved"], await fixture.LinesAsync(id));
    }

    [Fact]
    public async Task A_percentage_round_ends_when_the_share_is_reached()
    {
        var id = await fixture.StartAsync(Input(Users("role:finance"), mode: "percentage", percentage: 60));

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, Approve())).StatusCode);
        Assert.Empty(await fixture.LinesAsync(id));
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin2", (await fixture.OpenTaskAsync(id, "fin2")).Id, Approve())).StatusCode);

        Assert.Equal(["approved"], await fixture.LinesAsync(id));
        Assert.Equal(TaskStatuses.Cancelled, Assert.Single(await fixture.TasksAsync(id), t => t.AssigneeUserId == fixture.UserIds["fin3"]).Status);
    }

    [Fact]
    public async Task The_submitters_department_head_and_nobody_found_fall_to_their_rules()
    {
        var id = await fixture.StartAsync(Input(new JsonArray(new JsonObject { ["type"] = "departmentHead" })));
        Assert.Equal(fixture.UserIds["head1"], Assert.Single(await fixture.TasksAsync(id)).AssigneeUserId);

        // A role nobody holds: the first step falls to the administrators.
        var nobody = await fixture.StartAsync(Input(Users("role:auditor")));
        Assert.Equal(fixture.UserIds["admin"], Assert.Single(await fixture.TasksAsync(nobody)).AssigneeUserId);
    }

    [Fact]
    public async Task Member_fields_of_the_record_name_the_approvers()
    {
        await ReferenceFieldForms.EnsurePublishedAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        var order = await (await manager.PostAsJsonAsync($"/api/forms/{ReferenceFieldForms.Orders}/records",
            new { data = new JsonObject { ["owner"] = fixture.UserIds["dir1"], ["reviewers"] = new JsonArray(fixture.UserIds["fin3"], fixture.UserIds["fin1"]) } })).ReadJsonAsync();

        var id = await fixture.StartAsync(new JsonObject
        {
            ["first"] = new JsonArray(new JsonObject { ["type"] = "field", ["value"] = "reviewers" }, new JsonObject { ["type"] = "field", ["value"] = "owner" }),
            ["mode"] = "inOrder",
            ["recordId"] = order["recordId"]!.DeepClone(),
        });

        var tasks = (await fixture.TasksAsync(id)).OrderBy(t => t.Sequence).Select(t => t.AssigneeUserId);
        Assert.Equal([fixture.UserIds["fin3"], fixture.UserIds["fin1"], fixture.UserIds["dir1"]], tasks);
    }

    [Fact]
    public async Task An_approver_who_already_approved_is_skipped_in_a_later_step()
    {
        var id = await fixture.StartAsync(Input(Users("fin1"), second: Users("fin1", "dir1")));

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, Approve())).StatusCode);

        var second = (await fixture.TasksAsync(id)).Where(t => t.ActivityId == "second").ToList();
        Assert.Equal(TaskStatuses.Completed, second.Single(t => t.AssigneeUserId == fixture.UserIds["fin1"]).Status);
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("dir1", (await fixture.OpenTaskAsync(id, "dir1")).Id, Approve())).StatusCode);
        Assert.Equal(["approved"], await fixture.LinesAsync(id));
    }
}
