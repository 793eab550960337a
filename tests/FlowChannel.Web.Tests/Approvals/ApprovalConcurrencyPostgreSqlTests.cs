using System.Net;
using System.Text.Json.Nodes;
using FlowChannel.Persistence.Entities;

namespace FlowChannel.Web.Tests.Approvals;

/// <summary>
/// On PostgreSQL several approvers of one round can read it at the same moment. Each decision touches the instance,
/// whose concurrency token lets one commit at a time; the losers run again on what the winner wrote.
/// </summary>
public sealed class ApprovalConcurrencyPostgreSqlTests(PostgreSqlApprovalHost fixture) : IClassFixture<PostgreSqlApprovalHost>
{
    [Fact]
    public async Task All_approvers_of_a_countersign_round_approving_at_once_end_it_exactly_once()
    {
        var id = await fixture.StartAsync(new JsonObject { ["first"] = new JsonArray("role:finance"), ["mode"] = "all" });
        var tasks = (await fixture.TasksAsync(id)).Where(t => t.Status == TaskStatuses.Open).ToList();
        Assert.Equal(3, tasks.Count);
        var users = tasks.Select(t => fixture.UserIds.Single(u => u.Value == t.AssigneeUserId).Key).ToList();

        // Each approver presses the button several times, all at once: 18 requests on 3 tasks.
        var responses = await Task.WhenAll(Enumerable.Range(0, 18).Select(i =>
            fixture.ActAsync(users[i % 3], tasks[i % 3].Id, new { action = "approve", comment = $"#{i}" })));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        Assert.Equal(["approved"], await fixture.LinesAsync(id));
        var journal = (await fixture.InstanceAsync(id))["journal"]!.AsArray();
        Assert.Single(journal, e => (string?)e!["activityId"] == "first" && (string?)e["status"] == "Completed");
        Assert.All(await fixture.TasksAsync(id), t => Assert.Equal(TaskStatuses.Completed, t.Status));
    }
}
