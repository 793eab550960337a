using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FlowChannel.Web.Tests.Infrastructure;
using static FlowChannel.Web.Tests.Api.WorkflowInstances.InstanceWorkflows;

namespace FlowChannel.Web.Tests.Api.WorkflowInstances;

/// <summary>What <c>GET /api/workflow-instances/{id}</c> shows staff, on a real host.</summary>
public sealed class WorkflowInstanceViewTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Staff_see_each_activity_run_open_bookmarks_tasks_and_variables_as_the_instance_moves_on()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var manager = await ApiClient.ManagerAsync(fixture.Host);
        await ImportAsync(admin, Definition("view-review", 1,
            [WriteLine("hello"), Approval("approve", "Review the offer"), Delay("remind", "01:00:00")],
            [Connect("hello", "approve"), Connect("hello", "remind")],
            Variable("Note", "start")));
        var id = await StartAsync(admin, "view-review", "view-1");

        var waiting = await GetAsync(manager, id);
        Assert.Equal(("Running", "Suspended", 1), ((string?)waiting["status"], (string?)waiting["subStatus"], (int)waiting["definitionVersion"]!));
        Assert.Equal("start", (string?)waiting["variables"]!["Note"]);
        var hello = Run(waiting, "hello");
        Assert.Equal(("Completed", "Done"), ((string?)hello["status"], (string?)hello["outcomes"]![0]));
        Assert.Equal((DateTimeOffset)hello["startedAt"]!, (DateTimeOffset)hello["finishedAt"]!);
        Assert.Equal(("Running", null), ((string?)Run(waiting, "approve")["status"], (string?)Run(waiting, "approve")["finishedAt"]));
        var bookmarks = waiting["bookmarks"]!.AsArray();
        Assert.Equal(["approval", "timer"], bookmarks.Select(b => (string)b!["kind"]!).Order());
        var timer = bookmarks.Single(b => (string?)b!["kind"] == "timer")!;
        Assert.Equal("remind", (string?)timer["activityId"]);
        Assert.InRange((DateTime)timer["dueAt"]!, DateTime.UtcNow.AddMinutes(59), DateTime.UtcNow.AddMinutes(61));
        var task = Assert.Single(waiting["tasks"]!.AsArray())!;
        Assert.Equal(("Review the offer", "open"), ((string?)task["title"], (string?)task["status"]));
        Assert.Empty(waiting["incidents"]!.AsArray());

        var approved = await manager.PostAsJsonAsync($"/api/tasks/{task["id"]}/actions", new { action = "approve", comment = "fine" });
        approved.EnsureSuccessStatusCode();

        var after = await GetAsync(manager, id);
        var approval = Run(after, "approve");
        Assert.Equal(("Completed", "Approved"), ((string?)approval["status"], (string?)approval["outcomes"]![0]));
        Assert.True((DateTimeOffset)approval["finishedAt"]! >= (DateTimeOffset)approval["startedAt"]!);
        Assert.Equal("completed", (string?)Assert.Single(after["tasks"]!.AsArray())!["status"]);
        Assert.Equal("timer", (string?)Assert.Single(after["bookmarks"]!.AsArray())!["kind"]);
    }

    [Fact]
    public async Task A_faulted_instance_shows_its_incident_and_people_without_a_part_in_it_get_404()
    {
        var admin = await ApiClient.AdminAsync(fixture.Host);
        var applicant = await ApiClient.ApplicantAsync(fixture.Host);
        await ImportAsync(admin, Definition("view-fault", 1, [WriteLine("hello"), Script("call", "throw new Error('service down')")], [Connect("hello", "call")]));
        var id = await StartAsync(admin, "view-fault", "view-2");

        var faulted = await GetAsync(admin, id);
        Assert.Equal(("Finished", "Faulted"), ((string?)faulted["status"], (string?)faulted["subStatus"]));
        var incident = Assert.Single(faulted["incidents"]!.AsArray())!;
        Assert.Equal("call", (string?)incident["activityId"]);
        Assert.Contains("service down", (string?)incident["message"], StringComparison.Ordinal);
        Assert.Equal("Faulted", (string?)Run(faulted, "call")["status"]);
        Assert.Equal(HttpStatusCode.NotFound, (await applicant.GetAsync($"/api/workflow-instances/{id}")).StatusCode);
    }

    private static JsonNode Run(JsonObject instance, string activityId) =>
        Assert.Single(instance["journal"]!.AsArray(), e => (string?)e!["activityId"] == activityId)!;
}
