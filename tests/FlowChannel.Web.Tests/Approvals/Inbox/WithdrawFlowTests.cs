using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Approvals.Inbox;

/// <summary>
/// <c>POST /api/workflow-instances/{id}/withdraw</c> on a two-step flow the admin started: allowed while nobody has
/// approved, refused once the first step was approved (the flow still running), refused to anyone else.
/// </summary>
public sealed class WithdrawFlowTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    [Fact]
    public async Task The_starter_withdraws_an_undecided_flow_and_its_tasks_close()
    {
        var id = await fixture.StartAsync(Input());
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var response = await admin.PostAsJsonAsync($"/api/workflow-instances/{id}/withdraw", new { comment = "no longer needed" });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var task = Assert.Single(await fixture.TasksAsync(id));
        Assert.Equal((TaskStatuses.Cancelled, "Withdrawn"), (task.Status, task.Outcome));
        Assert.Equal("Cancelled", (string?)(await fixture.InstanceAsync(id))["subStatus"]);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.ActAsync("fin1", task.Id, new { action = "approve" })).StatusCode);
    }

    [Fact]
    public async Task Withdrawal_is_refused_once_a_step_was_approved()
    {
        var id = await fixture.StartAsync(Input());
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, new { action = "approve" })).StatusCode);
        var admin = await ApiClient.AdminAsync(fixture.Host);

        var response = await admin.PostAsJsonAsync($"/api/workflow-instances/{id}/withdraw", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("already approved", (string?)(await response.ReadJsonAsync())["detail"], StringComparison.Ordinal);
        await fixture.OpenTaskAsync(id, "fin2");
    }

    [Fact]
    public async Task Nobody_but_the_starter_may_withdraw()
    {
        var id = await fixture.StartAsync(Input());

        var approver = await (await fixture.SignInAsync("fin1")).PostAsJsonAsync($"/api/workflow-instances/{id}/withdraw", new { });
        var stranger = await (await fixture.SignInAsync("fin3")).PostAsJsonAsync($"/api/workflow-instances/{id}/withdraw", new { });

        Assert.Equal(HttpStatusCode.Forbidden, approver.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        await fixture.OpenTaskAsync(id, "fin1");
    }

    private static JsonObject Input() => new()
    {
        ["first"] = new JsonArray("fin1"),
        ["second"] = new JsonArray("fin2"),
        ["mode"] = "any",
    };
}
