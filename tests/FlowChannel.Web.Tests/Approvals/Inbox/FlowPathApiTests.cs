using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;

namespace FlowChannel.Web.Tests.Approvals.Inbox;

/// <summary>
/// <c>GET /api/workflow-instances/{id}/path</c> on the two-step approval flow: the nodes of its definition, the path
/// it took and the node it waits on, for the starter and the approvers; 404 for anyone else.
/// </summary>
public sealed class FlowPathApiTests(ApprovalHost fixture) : IClassFixture<ApprovalHost>
{
    [Fact]
    public async Task The_path_shows_what_ran_which_way_it_went_and_where_it_waits()
    {
        var id = await fixture.StartAsync(Input());
        var approver = await fixture.SignInAsync("fin1");

        var waiting = await PathAsync(approver, id);
        Assert.Equal(["approved", "escalated", "first", "rejected", "second", "start"], Ids(waiting["nodes"]).Order());
        Assert.Equal(["first", "start"], Strings(waiting["executed"]).Order());
        Assert.Equal(["first"], Strings(waiting["current"]));
        Assert.True(Taken(waiting, "start", "Done", "first"));
        Assert.False(Taken(waiting, "first", "Approved", "second"));
        Assert.False((bool)waiting["canWithdraw"]!);
        Assert.True((bool)(await PathAsync(await ApiClient.AdminAsync(fixture.Host), id))["canWithdraw"]!);

        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, new { action = "approve" })).StatusCode);

        var moved = await PathAsync(approver, id);
        Assert.Equal(["second"], Strings(moved["current"]));
        Assert.Contains("first", Strings(moved["executed"]));
        Assert.True(Taken(moved, "first", "Approved", "second"));
        Assert.False(Taken(moved, "first", "Rejected", "rejected"));
        Assert.DoesNotContain("rejected", Strings(moved["executed"]));
        // Once a step is approved the starter can no longer withdraw.
        Assert.False((bool)(await PathAsync(await ApiClient.AdminAsync(fixture.Host), id))["canWithdraw"]!);
    }

    [Fact]
    public async Task A_finished_flow_waits_nowhere()
    {
        var id = await fixture.StartAsync(Input());
        Assert.Equal(HttpStatusCode.OK, (await fixture.ActAsync("fin1", (await fixture.OpenTaskAsync(id, "fin1")).Id, new { action = "reject", comment = "no" })).StatusCode);

        var path = await PathAsync(await fixture.SignInAsync("fin1"), id);

        Assert.Empty(Strings(path["current"]));
        Assert.Equal("Finished", (string?)path["status"]);
        Assert.True(Taken(path, "first", "Rejected", "rejected"));
        Assert.DoesNotContain("second", Strings(path["executed"]));
    }

    [Fact]
    public async Task Someone_with_no_part_in_the_flow_gets_404()
    {
        var id = await fixture.StartAsync(Input());

        var stranger = await (await fixture.SignInAsync("fin3")).GetAsync($"/api/workflow-instances/{id}/path");
        var missing = await (await fixture.SignInAsync("fin1")).GetAsync("/api/workflow-instances/no-such-instance/path");

        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<JsonObject> PathAsync(HttpClient client, string instanceId)
    {
        var response = await client.GetAsync($"/api/workflow-instances/{instanceId}/path");
        var body = await response.ReadJsonAsync();
        Assert.True(response.IsSuccessStatusCode, body.ToJsonString());
        return body.AsObject();
    }

    private static List<string> Ids(JsonNode? nodes) => [.. nodes!.AsArray().Select(n => (string)n!["id"]!)];

    private static List<string> Strings(JsonNode? values) => [.. values!.AsArray().Select(v => (string)v!)];

    private static bool Taken(JsonObject path, string source, string port, string target) =>
        (bool)path["connections"]!.AsArray().Single(c => (string?)c!["source"] == source && (string?)c["port"] == port && (string?)c["target"] == target)!["taken"]!;

    private static JsonObject Input() => new()
    {
        ["first"] = new JsonArray("fin1"),
        ["second"] = new JsonArray("fin2"),
        ["mode"] = "any",
    };
}
