using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Approvals.Inbox;

/// <summary>
/// <c>POST /api/tasks/batch-approve</c>: each task goes through the single approve rules; a step with editable fields,
/// a task already decided and someone else's task are refused one by one while the rest are approved.
/// </summary>
public sealed class BatchApproveTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    [Fact]
    public async Task A_batch_approves_what_it_may_and_reports_each_refusal()
    {
        // The first step makes a field editable, so it wants its own page; the second does not.
        var editable = await fixture.StartAsync(Input(["fin1"]));
        var plain = await SecondStepOfFin1Async();
        var decided = await SecondStepOfFin1Async();
        var others = await fixture.StartAsync(Input(["fin2"]));
        var editableTask = await fixture.OpenTaskAsync(editable, "fin1");
        var plainTask = await fixture.OpenTaskAsync(plain, "fin1");
        var decidedTask = await fixture.OpenTaskAsync(decided, "fin1");
        var othersTask = await fixture.OpenTaskAsync(others, "fin2");
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", decidedTask.Id, new { action = "approve" })).StatusCode);

        var fin1 = await fixture.SignInAsync("fin1");
        var response = await fin1.PostAsJsonAsync("/api/tasks/batch-approve",
            new { taskIds = new[] { editableTask.Id, plainTask.Id, decidedTask.Id, othersTask.Id }, comment = "批量同意" });
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());

        var codes = body["results"]!.AsArray().ToDictionary(r => Guid.Parse((string)r!["taskId"]!), r => (string)r!["code"]!);
        Assert.Equal("notBatchApprovable", codes[editableTask.Id]);
        Assert.Equal("approved", codes[plainTask.Id]);
        Assert.Equal("conflict", codes[decidedTask.Id]);
        Assert.Equal("notFound", codes[othersTask.Id]);
        Assert.Equal((1, 3), ((int)body["approved"]!, (int)body["refused"]!));

        Assert.Equal(["approved"], await fixture.LinesAsync(plain));
        var approved = Assert.Single(await fixture.TasksAsync(plain), t => t.Id == plainTask.Id);
        Assert.Equal((ApprovalOutcome, "批量同意"), (approved.Outcome, approved.Comment));
        Assert.Equal(TaskStatuses.Open, Assert.Single(await fixture.TasksAsync(editable), t => t.Id == editableTask.Id).Status);
        Assert.Equal(TaskStatuses.Open, Assert.Single(await fixture.TasksAsync(others), t => t.Id == othersTask.Id).Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task An_empty_or_oversized_batch_is_a_bad_request(int count)
    {
        var fin1 = await fixture.SignInAsync("fin1");
        var response = await fin1.PostAsJsonAsync("/api/tasks/batch-approve", new { taskIds = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private const string ApprovalOutcome = "Approved";

    private static JsonObject Input(string[] first, string[]? second = null) => new()
    {
        ["first"] = new JsonArray([.. first.Select(n => (JsonNode?)n)]),
        ["second"] = new JsonArray([.. (second ?? []).Select(n => (JsonNode?)n)]),
        ["mode"] = "any",
    };

    /// <summary>A flow whose first step dir1 has approved, so that fin1's task is at the second step.</summary>
    private async Task<string> SecondStepOfFin1Async()
    {
        var id = await fixture.StartAsync(Input(["dir1"], ["fin1"]));
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("dir1", (await fixture.OpenTaskAsync(id, "dir1")).Id, new { action = "approve" })).StatusCode);
        return id;
    }
}
